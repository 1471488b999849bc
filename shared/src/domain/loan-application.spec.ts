import fc from 'fast-check';
import { DataSource } from './data-source';
import {
  actionApplies,
  allowedLoanApplicationActions,
  beijingDay,
  edgeOf,
  FINAL_LOAN_APPLICATION_STATES,
  formatApplicationNumber,
  governmentSourceFor,
  isApplicationNumber,
  isLegalLoanApplicationStep,
  LOAN_APPLICATION_ACTIONS,
  LOAN_APPLICATION_ACTORS,
  LOAN_APPLICATION_EDGES,
  LOAN_APPLICATION_STATE_LABELS,
  LOAN_APPLICATION_STATES,
  LoanApplicationAction,
  LoanApplicationActor,
  LoanApplicationState,
  mayAct,
} from './loan-application';

const S = LoanApplicationState;
const A = LoanApplicationAction;

/** The lifecycle of DESIGN §4.3 written out as its state changes, to compare the table with. */
const DESIGN_STATE_CHANGES: ReadonlyArray<[LoanApplicationState, LoanApplicationState]> = [
  [S.DRAFT, S.SUBMITTED],
  [S.SUBMITTED, S.ACCEPTED],
  [S.ACCEPTED, S.APPROVED],
  [S.APPROVED, S.SIGNED],
  [S.SIGNED, S.DISBURSED],
  [S.DISBURSED, S.REPAYING],
  [S.REPAYING, S.SETTLED],
  [S.SUBMITTED, S.REJECTED],
  [S.ACCEPTED, S.REJECTED],
  [S.DRAFT, S.WITHDRAWN],
  [S.SUBMITTED, S.WITHDRAWN],
  [S.ACCEPTED, S.WITHDRAWN],
  [S.SUBMITTED, S.EXPIRED],
  [S.ACCEPTED, S.EXPIRED],
];

describe('the loan application state machine', () => {
  it('changes state along exactly the edges of DESIGN §4.3', () => {
    const changes = LOAN_APPLICATION_EDGES.filter((edge) => edge.from !== edge.to).map((edge) => `${edge.from}→${edge.to}`);
    expect(new Set(changes)).toEqual(new Set(DESIGN_STATE_CHANGES.map(([from, to]) => `${from}→${to}`)));
  });

  it('leaves the final states by no edge, and every state has a label', () => {
    for (const state of FINAL_LOAN_APPLICATION_STATES) {
      expect(LOAN_APPLICATION_EDGES.filter((edge) => edge.from === state)).toEqual([]);
    }
    for (const state of LOAN_APPLICATION_STATES) expect(LOAN_APPLICATION_STATE_LABELS[state]).toBeTruthy();
  });

  it('lets each side do only its part: the applicant applies, signs, withdraws; the institution decides; only the system expires', () => {
    expect(allowedLoanApplicationActions(S.DRAFT, LoanApplicationActor.APPLICANT)).toEqual([A.UPDATE_DRAFT, A.SUBMIT, A.WITHDRAW]);
    expect(allowedLoanApplicationActions(S.SUBMITTED, LoanApplicationActor.INSTITUTION)).toEqual([A.ACCEPT, A.REJECT]);
    expect(allowedLoanApplicationActions(S.ACCEPTED, LoanApplicationActor.INSTITUTION)).toEqual([A.APPROVE, A.REJECT]);
    expect(allowedLoanApplicationActions(S.SUBMITTED, LoanApplicationActor.APPLICANT)).toEqual([A.WITHDRAW]);
    expect(allowedLoanApplicationActions(S.APPROVED, LoanApplicationActor.APPLICANT)).toEqual([A.SIGN]);
    expect(allowedLoanApplicationActions(S.SIGNED, LoanApplicationActor.INSTITUTION)).toEqual([A.DISBURSE]);
    expect(allowedLoanApplicationActions(S.SUBMITTED, LoanApplicationActor.SYSTEM)).toEqual([A.EXPIRE]);
    expect(mayAct(S.SUBMITTED, A.EXPIRE, LoanApplicationActor.INSTITUTION)).toBe(false);
    expect(mayAct(S.ACCEPTED, A.APPROVE, LoanApplicationActor.APPLICANT)).toBe(false);
    expect(mayAct(S.APPROVED, A.SIGN, LoanApplicationActor.INSTITUTION)).toBe(false);
  });

  it('names one edge per action, source and destination', () => {
    const keys = LOAN_APPLICATION_EDGES.map((edge) => `${edge.action}:${edge.from}:${edge.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(edgeOf(A.REPAY, S.DISBURSED, S.REPAYING)).toBeDefined();
    expect(edgeOf(A.REPAY, S.DISBURSED, S.SETTLED)).toBeUndefined();
    expect(isLegalLoanApplicationStep(A.SETTLE, S.REPAYING, S.SETTLED)).toBe(true);
    expect(isLegalLoanApplicationStep(A.SETTLE, S.DISBURSED, S.SETTLED)).toBe(false);
  });

  it('reaches no state outside the lifecycle from DRAFT, whatever the actions and actors (property)', () => {
    const step = fc.record({ action: fc.constantFrom(...LOAN_APPLICATION_ACTIONS), actor: fc.constantFrom(...LOAN_APPLICATION_ACTORS), pick: fc.nat() });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let state = S.DRAFT;
        const history: LoanApplicationState[] = [state];
        for (const { action, actor, pick } of steps) {
          const edges = LOAN_APPLICATION_EDGES.filter((edge) => edge.from === state && edge.action === action && edge.actors.includes(actor));
          if (edges.length === 0) {
            // A refusal: the actor may not, or the action does not apply here; the state stays.
            expect(mayAct(state, action, actor)).toBe(false);
            continue;
          }
          const edge = edges[pick % edges.length];
          if (!edge) throw new Error('unreachable');
          expect(isLegalLoanApplicationStep(action, state, edge.to)).toBe(true);
          state = edge.to;
          history.push(state);
        }
        // Along any path the lifecycle only moves forward: a state once left is never entered again.
        const changes = history.filter((value, index) => index === 0 || value !== history[index - 1]);
        expect(new Set(changes).size).toBe(changes.length);
        expect(LOAN_APPLICATION_STATES).toContain(state);
      }),
      { numRuns: 2000 },
    );
  });

  it('tells an action that applies to nobody in a state from one the actor may not take', () => {
    expect(actionApplies(S.DRAFT, A.APPROVE)).toBe(false);
    expect(actionApplies(S.ACCEPTED, A.APPROVE)).toBe(true);
  });
});

describe('application numbers and materials', () => {
  it('formats RT, the Beijing day and a six-digit sequence', () => {
    expect(formatApplicationNumber('2026-12-07', 123)).toBe('RT20261207000123');
    expect(isApplicationNumber('RT20261207000123')).toBe(true);
    expect(isApplicationNumber('RT2026120700012')).toBe(false);
    expect(() => formatApplicationNumber('2026-12-07', 0)).toThrow(RangeError);
    expect(() => formatApplicationNumber('2026-12-07', 1_000_000)).toThrow(RangeError);
  });

  it('counts the day in Beijing time', () => {
    expect(beijingDay(new Date('2026-12-06T15:59:59.999Z'))).toBe('2026-12-06');
    expect(beijingDay(new Date('2026-12-06T16:00:00.000Z'))).toBe('2026-12-07');
  });

  it('knows which materials government data proves', () => {
    expect(governmentSourceFor('营业执照')).toBe(DataSource.MARKET_REGISTRATION);
    expect(governmentSourceFor('近一年纳税证明')).toBe(DataSource.TAX);
    expect(governmentSourceFor('近六个月银行流水')).toBeUndefined();
    expect(governmentSourceFor('toString')).toBeUndefined();
  });
});
