import { LoanApplicationState } from '@rongtong/shared';
import {
  ACCEPT,
  APPROVAL,
  APPROVE,
  applicantActor,
  consentedApplicant,
  createDraft,
  data,
  readyDraft,
  reviewerActor,
  submit,
  WITHDRAW,
  type ApplicationData,
} from './support/applications';
import { gqlAs } from './support/auth';
import { OTHER_BANK_ID } from './support/consents';
import { liveClient, liveUrl, sleep, type LiveClient } from './support/live';
import { createTestApp, DIALECTS, type TestApp } from './support/test-app';

const STEPS = `subscription($id: ID, $after: ID) { loanApplicationEvents(applicationId: $id, after: $after) {
  eventId topic occurredAt applicationId number action fromState toState version actorKind } }`;

interface Step {
  loanApplicationEvents: { eventId: string; topic: string; applicationId: string; number: string; action: string; fromState: string | null; toState: string; version: number; actorKind: string };
}

/**
 * Every step of an application reaches, live over graphql-ws, the users acting for the applying enterprise and the
 * deciding institution's reviewers (drafts only when the institution took the step) — written to the outbox in the
 * step's transaction — and nobody else.
 */
describe.each(DIALECTS)('live application steps (%s)', (dialect) => {
  let t: TestApp;
  let url: string;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    t = await createTestApp({ dialect });
    url = await liveUrl(t.http);
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });

  afterAll(async () => {
    await t?.close();
  });

  async function connect(token: string): Promise<LiveClient> {
    const client = liveClient(url, { accessToken: token });
    clients.push(client);
    await client.acknowledged;
    return client;
  }

  it('delivers submission, acceptance and approval to both sides as they commit, and nothing to others', async () => {
    const reviewer = await reviewerActor(t);
    const applicant = await consentedApplicant(t);
    const colleague = await applicantActor(t, { enterpriseId: applicant.enterpriseId, displayName: '李经办' });
    const stranger = await applicantActor(t);
    const otherBank = await reviewerActor(t, OTHER_BANK_ID);
    const draft = await readyDraft(t, applicant, reviewer);

    const [mine, theirs, bank, outsider, elsewhere] = await Promise.all([applicant, colleague, reviewer, stranger, otherBank].map((actor) => connect(actor.token)));
    const toApplicant = mine!.subscribe<Step>(STEPS, { id: draft.id }).received;
    const toColleague = theirs!.subscribe<Step>(STEPS, {}).received;
    const toReviewer = bank!.subscribe<Step>(STEPS, {}).received;
    const toStranger = outsider!.subscribe<Step>(STEPS, {}).received;
    const toOtherBank = elsewhere!.subscribe<Step>(STEPS, {}).received;
    await sleep(200);

    data(await submit(t, applicant, draft.id), 'submitLoanApplication');
    data(await gqlAs<{ acceptLoanApplication: ApplicationData }>(t, reviewer.token, ACCEPT, { id: draft.id }), 'acceptLoanApplication');
    data(await gqlAs<{ approveLoanApplication: ApplicationData }>(t, reviewer.token, APPROVE, { id: draft.id, input: APPROVAL }), 'approveLoanApplication');

    await Promise.all([toApplicant.untilData(3), toColleague.untilData(3), toReviewer.untilData(3)]);
    await sleep(300);
    const steps = (received: typeof toApplicant) => received.data.map((step) => [step.loanApplicationEvents.action, step.loanApplicationEvents.toState]);
    const expected = [
      ['SUBMIT', LoanApplicationState.SUBMITTED],
      ['ACCEPT', LoanApplicationState.ACCEPTED],
      ['APPROVE', LoanApplicationState.APPROVED],
    ];
    expect(steps(toApplicant)).toEqual(expected);
    expect(steps(toColleague)).toEqual(expected);
    expect(steps(toReviewer)).toEqual(expected);
    expect(toApplicant.data.at(-1)?.loanApplicationEvents).toMatchObject({ topic: 'application.step', applicationId: draft.id, number: draft.number, actorKind: 'INSTITUTION' });
    expect(toStranger.data).toEqual([]);
    expect(toOtherBank.data).toEqual([]);
    expect([toApplicant, toColleague, toReviewer, toStranger, toOtherBank].flatMap((received) => received.errors)).toEqual([]);
  });

  it('keeps the applicant’s own draft steps from the institution, and resumes after a missed event', async () => {
    const reviewer = await reviewerActor(t);
    const applicant = await consentedApplicant(t);
    const draft = await createDraft(t, applicant);
    const [mine, bank] = await Promise.all([connect(applicant.token), connect(reviewer.token)]);
    const toApplicant = mine.subscribe<Step>(STEPS, { id: draft.id }).received;
    const toReviewer = bank.subscribe<Step>(STEPS, { id: draft.id }).received;
    await sleep(200);
    data(await gqlAs(t, applicant.token, WITHDRAW, { id: draft.id }), 'withdrawLoanApplication');
    await toApplicant.untilData(1);
    await sleep(300);
    expect(toApplicant.data.map((step) => step.loanApplicationEvents.action)).toEqual(['WITHDRAW']);
    expect(toReviewer.data).toEqual([]);

    // A client that was away resumes after the last event it had: the ones it missed are replayed first (the replay
    // starts a little earlier, and the client drops by id what it already has).
    const other = await createDraft(t, applicant);
    const had = new Set(toApplicant.data.map((step) => step.loanApplicationEvents.eventId));
    const before = toApplicant.data.at(-1)?.loanApplicationEvents.eventId;
    data(await gqlAs(t, applicant.token, WITHDRAW, { id: other.id }), 'withdrawLoanApplication');
    const again = await connect(applicant.token);
    const resumed = again.subscribe<Step>(STEPS, { after: before }).received;
    await resumed.until((received) => received.data.some((step) => step.loanApplicationEvents.applicationId === other.id));
    const missed = resumed.data.filter((step) => !had.has(step.loanApplicationEvents.eventId));
    expect(missed.map((step) => [step.loanApplicationEvents.applicationId, step.loanApplicationEvents.action])).toEqual([[other.id, 'WITHDRAW']]);
  });
});
