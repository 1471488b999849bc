import {
  CounterVerificationPurpose,
  isLegalLoanApplicationStep,
  LOAN_APPLICATION_STATES,
  LoanApplicationAction,
  LoanApplicationActor,
  LoanApplicationState,
  LoanFacilityType,
  mayAct,
  type LoanApplicationState as State,
} from '@rongtong/shared';
import fc from 'fast-check';
import { Clock } from '../src/infra/clock/clock';
import { DomainException } from '../src/infra/errors/domain.exception';
import { ApplicationExpiry } from '../src/modules/applications/application-expiry';
import { ApplicationEventEntity } from '../src/modules/applications/application-event.entity';
import { LoanLedgerService } from '../src/modules/applications/ledger/loan-ledger.service';
import {
  ACCEPT,
  APPROVAL,
  APPROVE,
  applicantActor,
  COUNTER,
  consentedApplicant,
  detail,
  DISBURSE,
  expectLegalHistory,
  readyDraft,
  RECORD_REPAYMENT,
  REJECT,
  REQUEST_DRAWDOWN,
  REQUEST_REPAYMENT,
  reviewerActor,
  SETTLE,
  SIGN,
  stored,
  submit,
  UPDATE_DRAFT,
  wan,
  WITHDRAW,
  APPLICANT_RESIDENT_ID,
  idempotencyKey,
  type ApplicationDetail,
} from './support/applications';
import { errorCode, gqlAs } from './support/auth';
import { OTHER_BANK_ID } from './support/consents';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

type Actor = 'APPLICANT' | 'COLLEAGUE' | 'STRANGER' | 'REVIEWER' | 'OTHER_REVIEWER' | 'SYSTEM';
const ACTORS: readonly Actor[] = ['APPLICANT', 'COLLEAGUE', 'STRANGER', 'REVIEWER', 'OTHER_REVIEWER', 'SYSTEM'];
const ACTIONS: readonly LoanApplicationAction[] = Object.values(LoanApplicationAction);
const CLEAR_REFUSALS = ['CONFLICT', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND'];
const RUNS = 20;

/** The side of the state table an actor is on; strangers and other institutions are on none. */
function sideOf(actor: Actor): LoanApplicationActor | null {
  switch (actor) {
    case 'APPLICANT':
    case 'COLLEAGUE':
      return LoanApplicationActor.APPLICANT;
    case 'REVIEWER':
      return LoanApplicationActor.INSTITUTION;
    case 'SYSTEM':
      return LoanApplicationActor.SYSTEM;
    case 'STRANGER':
    case 'OTHER_REVIEWER':
      return null;
    default: {
      const unknown: never = actor;
      throw new Error(`unknown actor ${String(unknown)}`);
    }
  }
}

interface Outcome {
  ok: boolean;
  code: string;
  message: string;
}

/**
 * Random sequences of actions by random actors — the applicant, a colleague of the same enterprise, another enterprise,
 * the deciding institution's reviewer, another institution's reviewer, the system (expiry, the bank core) — through the
 * real GraphQL operations. After every step: the application is in a state of the lifecycle; a step that went through
 * took legal edges only, each allowed to the actor's side by the shared table; a refusal is a clear error (CONFLICT,
 * FORBIDDEN, BAD_USER_INPUT or NOT_FOUND with a Chinese message) and changed nothing.
 */
describe.each(DIALECTS)('loan applications under random actions by random roles (%s)', (dialect) => {
  let t: TestApp;
  let reviewer: { userId: string; token: string };
  let otherReviewer: { userId: string; token: string };
  let stranger: { token: string };

  beforeAll(async () => {
    t = await createTestApp({ dialect });
    reviewer = await reviewerActor(t);
    otherReviewer = await reviewerActor(t, OTHER_BANK_ID);
    stranger = await applicantActor(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  async function asSystem(action: LoanApplicationAction, application: ApplicationDetail): Promise<Outcome> {
    try {
      if (action === LoanApplicationAction.EXPIRE) {
        const clock = t.app.get(Clock);
        const later = new Date(Date.now() + 31 * 86_400_000);
        const spy = jest.spyOn(clock, 'now').mockReturnValue(later);
        try {
          await t.app.get(ApplicationExpiry).expireDue();
        } finally {
          spy.mockRestore();
        }
        return { ok: true, code: 'OK', message: '' };
      }
      const ledger = t.app.get(LoanLedgerService);
      if (action === LoanApplicationAction.REPAY) {
        const pending = application.repayments.find((repayment) => repayment.status === 'REQUESTED');
        await ledger.confirmRepaymentFromBankCore(pending?.id ?? '00000000-0000-4000-8000-000000000000', 'BANKCORE01');
        return { ok: true, code: 'OK', message: '' };
      }
      if (action === LoanApplicationAction.DISBURSE) {
        const requested = application.drawdowns.find((drawdown) => drawdown.status === 'REQUESTED');
        await ledger.confirmDrawdownFromBankCore(requested?.id ?? '00000000-0000-4000-8000-000000000000', 'BANKCORE02');
        return { ok: true, code: 'OK', message: '' };
      }
      return { ok: false, code: 'FORBIDDEN', message: '系统不进行此操作' };
    } catch (error) {
      if (error instanceof DomainException) return { ok: false, code: error.code, message: error.message };
      throw error;
    }
  }

  async function perform(action: LoanApplicationAction, actor: Actor, application: ApplicationDetail, tokens: Record<Exclude<Actor, 'SYSTEM'>, string>, pick: number): Promise<Outcome> {
    if (actor === 'SYSTEM') return asSystem(action, application);
    const token = tokens[actor];
    const id = application.id;
    const disbursed = application.drawdowns.find((drawdown) => drawdown.status === 'DISBURSED');
    const requested = application.drawdowns.find((drawdown) => drawdown.status === 'REQUESTED');
    const pending = application.repayments.find((repayment) => repayment.status === 'REQUESTED');
    const some = '00000000-0000-4000-8000-000000000000';
    const request = (() => {
      switch (action) {
        case LoanApplicationAction.UPDATE_DRAFT:
          return gqlAs(t, token, UPDATE_DRAFT, { id, input: { amountFen: wan(20 + (pick % 10)) } });
        case LoanApplicationAction.RECORD_COUNTER_VERIFICATION: {
          const purpose = application.state === LoanApplicationState.DRAFT ? CounterVerificationPurpose.SUBMISSION : CounterVerificationPurpose.SIGNING;
          return gqlAs(t, token, COUNTER, { input: { applicationNumber: application.number, residentId: APPLICANT_RESIDENT_ID, purpose } });
        }
        case LoanApplicationAction.SUBMIT:
          return submit(t, { token }, id);
        case LoanApplicationAction.ACCEPT:
          return gqlAs(t, token, ACCEPT, { id });
        case LoanApplicationAction.APPROVE:
          return gqlAs(t, token, APPROVE, { id, input: { ...APPROVAL, facilityType: pick % 2 === 0 ? LoanFacilityType.TERM_LOAN : LoanFacilityType.CREDIT_LINE } });
        case LoanApplicationAction.REJECT:
          return gqlAs(t, token, REJECT, { id, input: { reasonCode: 'OTHER', reasonText: '随机测试拒绝' } });
        case LoanApplicationAction.SIGN:
          return gqlAs(t, token, SIGN, { input: { applicationId: id, contractSha256: application.contract?.sha256 ?? '0'.repeat(64), verificationPath: 'COUNTER' } });
        case LoanApplicationAction.REQUEST_DRAWDOWN:
          return gqlAs(t, token, REQUEST_DRAWDOWN, { input: { applicationId: id, amountFen: wan(5), termMonths: 3, idempotencyKey: idempotencyKey() } });
        case LoanApplicationAction.DISBURSE:
          return gqlAs(t, token, DISBURSE, {
            input: requested ? { applicationId: id, drawdownId: requested.id, bankReference: 'PROP0001' } : { applicationId: id, amountFen: wan(5), termMonths: 3, bankReference: 'PROP0002' },
          });
        case LoanApplicationAction.REQUEST_REPAYMENT:
          return gqlAs(t, token, REQUEST_REPAYMENT, { input: { applicationId: id, drawdownId: disbursed?.id ?? some, kind: pick % 3 === 0 ? 'EARLY_FULL' : 'INSTALMENT', idempotencyKey: idempotencyKey() } });
        case LoanApplicationAction.REPAY:
          return gqlAs(t, token, RECORD_REPAYMENT, {
            input: pending
              ? { applicationId: id, repaymentId: pending.id, bankReference: 'PROP0003' }
              : { applicationId: id, drawdownId: disbursed?.id ?? some, kind: pick % 2 === 0 ? 'EARLY_FULL' : 'INSTALMENT', bankReference: 'PROP0004' },
          });
        case LoanApplicationAction.SETTLE:
          return gqlAs(t, token, SETTLE, { id });
        case LoanApplicationAction.WITHDRAW:
          return gqlAs(t, token, WITHDRAW, { id });
        case LoanApplicationAction.EXPIRE:
          return null;
        default: {
          const unknown: never = action;
          throw new Error(`unknown action ${String(unknown)}`);
        }
      }
    })();
    if (request === null) return { ok: false, code: 'FORBIDDEN', message: '只有系统可以使申请失效' };
    const response = await request;
    const code = errorCode(response);
    return { ok: code === undefined, code: code ?? 'OK', message: response.errors?.[0]?.message ?? '' };
  }

  it('reaches no illegal state, takes only legal edges, and refuses everything else clearly', async () => {
    const step = fc.record({ action: fc.constantFrom(...ACTIONS), actor: fc.constantFrom(...ACTORS), pick: fc.nat(1000) });
    // Most random steps are refused; a bias towards the next legal step by its own side walks applications deep.
    const guided = fc.record({ guided: fc.constant(true), pick: fc.nat(1000) });
    const reached = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof({ weight: 1, arbitrary: step }, { weight: 1, arbitrary: guided }), { minLength: 5, maxLength: 30 }), async (steps) => {
        const applicant = await consentedApplicant(t);
        const colleague = await applicantActor(t, { enterpriseId: applicant.enterpriseId, displayName: '李经办' });
        const tokens = { APPLICANT: applicant.token, COLLEAGUE: colleague.token, STRANGER: stranger.token, REVIEWER: reviewer.token, OTHER_REVIEWER: otherReviewer.token };
        const draft = await readyDraft(t, applicant, reviewer);
        for (const raw of steps) {
          const application = await detail(t, applicant.token, draft.id);
          const before = await stored(t, draft.id);
          const eventsBefore = await t.dataSource.manager.countBy(ApplicationEventEntity, { applicationId: draft.id });
          const { action, actor } = 'guided' in raw ? nextLegal(application, raw.pick) : raw;
          const outcome = await perform(action, actor, application, tokens, raw.pick);
          const after = await stored(t, draft.id);
          reached.add(after.state);
          expect(LOAN_APPLICATION_STATES).toContain(after.state);
          if (!outcome.ok) {
            expect({ action, actor, from: before.state, code: CLEAR_REFUSALS.includes(outcome.code) ? 'clear' : outcome.code }).toEqual({ action, actor, from: before.state, code: 'clear' });
            expect(outcome.message).toMatch(/[\u4e00-\u9fa5]/);
            expect(after).toEqual(before);
            expect(await t.dataSource.manager.countBy(ApplicationEventEntity, { applicationId: draft.id })).toBe(eventsBefore);
            continue;
          }
          const side = sideOf(actor);
          const events = await t.dataSource.manager.find(ApplicationEventEntity, { where: { applicationId: draft.id }, order: { seq: 'ASC' } });
          const taken = events.slice(eventsBefore);
          let state: State = before.state as State;
          for (const event of taken) {
            expect(event.fromState).toBe(state);
            expect(isLegalLoanApplicationStep(event.action, state, event.toState)).toBe(true);
            state = event.toState;
          }
          if (taken.length > 0) {
            expect({ action, actor, mayAct: side !== null && mayAct(before.state as State, action, side) }).toEqual({ action, actor, mayAct: true });
            expect(after.state).toBe(state);
          }
        }
        expectLegalHistory(await detail(t, applicant.token, draft.id));
      }),
      { numRuns: RUNS, seed: 20261207 },
    );
    // The runs went through the whole lifecycle, not only the first refusals.
    for (const state of [LoanApplicationState.SUBMITTED, LoanApplicationState.APPROVED, LoanApplicationState.SIGNED, LoanApplicationState.DISBURSED, LoanApplicationState.REPAYING]) {
      expect(reached).toContain(state);
    }
  }, 900_000);
});

/** The next step the lifecycle expects, by the side that takes it (so random runs also reach signing, loans and repayments). */
function nextLegal(application: ApplicationDetail, pick: number): { action: LoanApplicationAction; actor: Actor } {
  const pendingRepayment = application.repayments.some((repayment) => repayment.status === 'REQUESTED');
  const requestedDrawdown = application.drawdowns.some((drawdown) => drawdown.status === 'REQUESTED');
  const line = application.decision?.facilityType === LoanFacilityType.CREDIT_LINE;
  switch (application.state) {
    case LoanApplicationState.DRAFT:
      return { action: LoanApplicationAction.SUBMIT, actor: 'APPLICANT' };
    case LoanApplicationState.SUBMITTED:
      return { action: LoanApplicationAction.ACCEPT, actor: 'REVIEWER' };
    case LoanApplicationState.ACCEPTED:
      return { action: pick % 5 === 0 ? LoanApplicationAction.REJECT : LoanApplicationAction.APPROVE, actor: 'REVIEWER' };
    case LoanApplicationState.APPROVED:
      return application.timeline.at(-1)?.action === LoanApplicationAction.RECORD_COUNTER_VERIFICATION
        ? { action: LoanApplicationAction.SIGN, actor: 'APPLICANT' }
        : { action: LoanApplicationAction.RECORD_COUNTER_VERIFICATION, actor: 'REVIEWER' };
    case LoanApplicationState.SIGNED:
      if (line && !requestedDrawdown) return { action: LoanApplicationAction.REQUEST_DRAWDOWN, actor: 'APPLICANT' };
      return { action: LoanApplicationAction.DISBURSE, actor: pick % 2 === 0 ? 'REVIEWER' : 'SYSTEM' };
    case LoanApplicationState.DISBURSED:
    case LoanApplicationState.REPAYING:
      if (pendingRepayment) return { action: LoanApplicationAction.REPAY, actor: pick % 2 === 0 ? 'REVIEWER' : 'SYSTEM' };
      if (line && application.state === LoanApplicationState.REPAYING && application.drawdowns.every((drawdown) => drawdown.status !== 'DISBURSED')) {
        return { action: LoanApplicationAction.SETTLE, actor: 'REVIEWER' };
      }
      return { action: LoanApplicationAction.REQUEST_REPAYMENT, actor: 'APPLICANT' };
    default:
      return { action: LoanApplicationAction.WITHDRAW, actor: 'APPLICANT' };
  }
}
