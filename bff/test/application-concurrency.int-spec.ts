import { isLegalLoanApplicationStep, LoanApplicationAction, LoanApplicationState, mulberry32, type LoanApplicationState as State } from '@rongtong/shared';
import { ApplicationEventEntity } from '../src/modules/applications/application-event.entity';
import { LoanApplicationEntity } from '../src/modules/applications/loan-application.entity';
import {
  ACCEPT,
  APPROVAL,
  APPROVE,
  attachMaterial,
  BANK_PRODUCT_ID,
  consentedApplicant,
  counterVerify,
  CREATE,
  createDraft,
  idempotencyKey,
  insertApplication,
  LEGAL_REP_ID,
  REJECT,
  reviewerActor,
  submit,
  WITHDRAW,
  type Applicant,
} from './support/applications';
import { errorCode, gqlAs } from './support/auth';
import { createTestApp, DIALECTS, type GraphqlResponse, type TestApp } from './support/test-app';

const ROUNDS = 200;
const SEED = 20261207;
/** The whole run must finish within this (it takes a fraction of it on the shared 2-core machine). */
const TIME_LIMIT_MS = 240_000;

type Move = 'APPROVE' | 'REJECT' | 'WITHDRAW' | 'ACCEPT';

/**
 * Sets of transitions where any one winning makes every other illegal, so "exactly one winner" is the only correct
 * outcome: from ACCEPTED any mix of approve, reject and withdraw; from SUBMITTED any mix of reject and withdraw, or
 * several accepts.
 */
const ROUND_KINDS: ReadonlyArray<{ from: LoanApplicationState; moves: readonly Move[] }> = [
  { from: LoanApplicationState.ACCEPTED, moves: ['APPROVE', 'REJECT', 'WITHDRAW'] },
  { from: LoanApplicationState.SUBMITTED, moves: ['REJECT', 'WITHDRAW'] },
  { from: LoanApplicationState.SUBMITTED, moves: ['ACCEPT'] },
];

/**
 * DESIGN §9 / issue 13: on MariaDB with its default settings (REPEATABLE READ), 200 rounds of two to eight
 * conflicting transitions sent at once at one application each end with exactly one winner, every other request
 * answered CONFLICT, and a timeline with no illegal edge; 50 submissions with one idempotency key make one
 * submission, and 50 creations with one key one application. Runs on SQLite too, where mutations are serialised.
 */
describe.each(DIALECTS)('concurrent transitions of loan applications (%s)', (dialect) => {
  let t: TestApp;
  let reviewer: { userId: string; token: string };
  let applicant: Applicant;

  beforeAll(async () => {
    t = await createTestApp({ dialect });
    reviewer = await reviewerActor(t);
    applicant = await consentedApplicant(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  function send(move: Move, id: string): Promise<GraphqlResponse<unknown>> {
    switch (move) {
      case 'APPROVE':
        return gqlAs(t, reviewer.token, APPROVE, { id, input: APPROVAL });
      case 'REJECT':
        return gqlAs(t, reviewer.token, REJECT, { id, input: { reasonCode: 'OTHER', reasonText: '并发测试拒绝' } });
      case 'WITHDRAW':
        return gqlAs(t, applicant.token, WITHDRAW, { id });
      case 'ACCEPT':
        return gqlAs(t, reviewer.token, ACCEPT, { id });
      default: {
        const unknown: never = move;
        throw new Error(`unknown move ${String(unknown)}`);
      }
    }
  }

  it(`${ROUNDS} rounds of 2–8 conflicting transitions: one winner each, the rest CONFLICT, no illegal edge`, async () => {
    const started = Date.now();
    const random = mulberry32(SEED);
    const rounds: Array<{ id: string; from: State; winners: number }> = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const kind = ROUND_KINDS[Math.floor(random() * ROUND_KINDS.length)] ?? ROUND_KINDS[0];
      if (!kind) throw new Error('no round kinds');
      const id = await insertApplication(t, { enterpriseId: applicant.enterpriseId, applicantUserId: applicant.userId, state: kind.from, consentId: applicant.consent.id });
      const count = 2 + Math.floor(random() * 7);
      const moves = Array.from({ length: count }, () => kind.moves[Math.floor(random() * kind.moves.length)] ?? 'REJECT');
      const answers = await Promise.all(moves.map((move) => send(move, id)));
      const codes = answers.map((answer) => errorCode(answer) ?? 'OK');
      const winners = codes.filter((code) => code === 'OK').length;
      expect({ round, moves, codes: codes.filter((code) => code !== 'OK' && code !== 'CONFLICT') }).toEqual({ round, moves, codes: [] });
      expect({ round, winners }).toEqual({ round, winners: 1 });
      rounds.push({ id, from: kind.from, winners });
    }

    // The history: each application took exactly one step, along an edge of the shared table, from where it was.
    for (const { id, from } of rounds) {
      const events = await t.dataSource.manager.find(ApplicationEventEntity, { where: { applicationId: id }, order: { seq: 'ASC' } });
      const application = await t.dataSource.manager.findOneByOrFail(LoanApplicationEntity, { id });
      expect(events).toHaveLength(1);
      const [event] = events;
      expect(event?.fromState).toBe(from);
      expect(isLegalLoanApplicationStep(event?.action as LoanApplicationAction, from, event?.toState as State)).toBe(true);
      expect({ state: application.state, version: application.version }).toEqual({ state: event?.toState, version: 2 });
    }
    expect(Date.now() - started).toBeLessThan(TIME_LIMIT_MS);
  }, TIME_LIMIT_MS + 60_000);

  it('50 submissions with one idempotency key submit once and all answer that submission', async () => {
    const draft = await createDraft(t, applicant);
    await attachMaterial(t, applicant, draft.id, LEGAL_REP_ID);
    await counterVerify(t, reviewer, draft.number);
    const key = idempotencyKey();
    const answers = await Promise.all(Array.from({ length: 50 }, () => submit(t, applicant, draft.id, key)));
    expect(answers.map((answer) => errorCode(answer) ?? 'OK').filter((code) => code !== 'OK')).toEqual([]);
    expect(new Set(answers.map((answer) => answer.data?.submitLoanApplication.id))).toEqual(new Set([draft.id]));
    expect(answers.every((answer) => answer.data?.submitLoanApplication.state === LoanApplicationState.SUBMITTED)).toBe(true);
    expect(await t.dataSource.manager.countBy(LoanApplicationEntity, { applicantUserId: applicant.userId, submitIdempotencyKey: key })).toBe(1);
    expect(await t.dataSource.manager.countBy(ApplicationEventEntity, { applicationId: draft.id, action: LoanApplicationAction.SUBMIT })).toBe(1);
  }, 120_000);

  it('50 creations with one idempotency key create one application', async () => {
    const key = idempotencyKey();
    const input = { productId: BANK_PRODUCT_ID, amountFen: 20_000_000, termMonths: 6, idempotencyKey: key };
    const before = await t.dataSource.manager.countBy(LoanApplicationEntity, { applicantUserId: applicant.userId });
    const answers = await Promise.all(Array.from({ length: 50 }, () => gqlAs<{ createLoanApplication: { id: string } }>(t, applicant.token, CREATE, { input })));
    expect(answers.map((answer) => errorCode(answer) ?? 'OK').filter((code) => code !== 'OK')).toEqual([]);
    expect(new Set(answers.map((answer) => answer.data?.createLoanApplication.id)).size).toBe(1);
    expect(await t.dataSource.manager.countBy(LoanApplicationEntity, { applicantUserId: applicant.userId })).toBe(before + 1);
  }, 120_000);
});
