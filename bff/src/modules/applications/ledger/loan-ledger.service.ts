import { Injectable } from '@nestjs/common';
import {
  addMonthsUtc,
  DrawdownStatus,
  formatAmountCompact,
  formatFen,
  LoanApplicationAction,
  LoanApplicationState,
  LoanFacilityType,
  LoanLedgerSource,
  actionApplies,
  REPAYMENT_KIND_LABELS,
  RepaymentStatus,
  ScheduleRowStatus,
  type RepaymentKind,
  type RepaymentMethod,
} from '@rongtong/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../../core-modules/auth/auth-user';
import type { RequestMeta } from '../../../infra/http/request-context';
import { Clock } from '../../../infra/clock/clock';
import { timeOrderedUuid } from '../../../infra/database/time-ordered-id';
import { ApplicationAccess } from '../application-access';
import { requestHash } from '../application-rules';
import { ApplicationTransitions, SYSTEM_ACTOR, type ApplicationActorRef } from '../application-transitions';
import { ApplicationException } from '../application.exception';
import { ApplicationsRepository } from '../applications.repository';
import { firstWriteWins } from '../first-write-wins';
import type {
  LoanRepaymentQuoteArgs,
  RecordLoanDisbursementInput,
  RecordLoanRepaymentInput,
  RequestLoanDrawdownInput,
  RequestLoanRepaymentInput,
} from '../dto/application.inputs';
import type { LoanApplicationRow } from '../loan-application.entity';
import { LoanDrawdownModel, LoanRepaymentModel, type LoanRepaymentQuoteModel } from '../models/loan-ledger.model';
import { LoanDrawdownEntity, LoanRepaymentEntity } from './loan-ledger.entity';
import { LoanLedgerStore } from './loan-ledger.store';
import { toDrawdownModels, toInstalmentModel, toRepaymentModel } from './loan-ledger.mapper';
import { initialSchedule, quoteRepayment, wholeMonthsBetween, type RepaymentQuote } from './repayment-plan';

/**
 * Drawdowns, repayments and settlement of signed applications (the tender's 线上完成借款及还款). The enterprise
 * requests drawdowns of a credit line and repayments (按期 or early; the amounts come from the money library); the
 * institution confirms them by hand — or the bank core through `confirmDrawdownFromBankCore` /
 * `confirmRepaymentFromBankCore` — and enters disbursements and repayments made elsewhere. Each is one step of the
 * application (compare-and-set, timeline, audit, message); a term loan settles with its last repayment.
 */
@Injectable()
export class LoanLedgerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly applications: ApplicationsRepository,
    private readonly store: LoanLedgerStore,
    private readonly access: ApplicationAccess,
    private readonly transitions: ApplicationTransitions,
    private readonly clock: Clock,
  ) {}

  async drawdowns(applicationId: string): Promise<LoanDrawdownModel[]> {
    const drawdowns = await this.store.drawdowns(applicationId);
    return toDrawdownModels(drawdowns, await this.store.currentSchedules(drawdowns.map((drawdown) => drawdown.id)));
  }

  async repayments(applicationId: string): Promise<LoanRepaymentModel[]> {
    return (await this.store.repayments(applicationId)).map(toRepaymentModel);
  }

  /** The enterprise asks for a drawdown of its credit line, within the amount not yet drawn and the line's remaining term. */
  async requestDrawdown(user: AuthUser, input: RequestLoanDrawdownInput, meta: RequestMeta): Promise<LoanDrawdownModel> {
    const application = await this.find(input.applicationId);
    const actor = await this.access.applicantSide(user, application);
    const hash = requestHash(['drawdown', application.id, input.amountFen, input.termMonths]);
    const earlier = await this.drawdownReplay(application.id, input.idempotencyKey, hash);
    if (earlier) return earlier;
    this.requireAction(application, LoanApplicationAction.REQUEST_DRAWDOWN);
    if (application.facilityType !== LoanFacilityType.CREDIT_LINE) throw ApplicationException.invalidField('input.applicationId', '单笔贷款由机构一次放款，无需申请借款');
    await this.checkDrawdown(application, input.amountFen, input.termMonths, 'input.');
    const now = this.clock.now();
    const drawdown = this.newDrawdown(application, input.amountFen, input.termMonths, now, { userId: user.userId, key: input.idempotencyKey, hash });
    return firstWriteWins(
      async () => {
        await this.transitions.apply(
          application,
          actor,
          {
            action: LoanApplicationAction.REQUEST_DRAWDOWN,
            to: application.state,
            note: `申请借款 ${formatAmountCompact(input.amountFen)}，期限 ${input.termMonths} 个月`,
            message: { title: '企业申请借款', body: `${application.enterpriseName}在授信额度内申请借款 ${formatAmountCompact(input.amountFen)}，请确认放款` },
            detail: { drawdownId: drawdown.id, amountFen: input.amountFen, termMonths: input.termMonths },
            within: async (manager) => {
              drawdown.seq = (await this.store.drawdowns(application.id, manager)).length + 1;
              await this.store.insertDrawdown(manager, drawdown);
            },
          },
          meta,
        );
        return this.drawdownModel(drawdown.id);
      },
      () => this.drawdownReplay(application.id, input.idempotencyKey, hash),
    );
  }

  /**
   * The institution records a disbursement: it confirms a drawdown the enterprise requested, or enters one — a term
   * loan's whole approved amount, or a drawdown of a credit line within its limits. The schedule is built then.
   */
  async recordDisbursement(user: AuthUser, input: RecordLoanDisbursementInput, meta: RequestMeta): Promise<LoanDrawdownModel> {
    const application = await this.find(input.applicationId);
    const actor = this.access.institutionSide(user, application);
    this.requireAction(application, LoanApplicationAction.DISBURSE);
    const now = this.clock.now();
    let drawdown: LoanDrawdownEntity;
    let isNew = false;
    if (input.drawdownId) {
      drawdown = await this.requestedDrawdown(application, input.drawdownId);
    } else if (application.facilityType === LoanFacilityType.CREDIT_LINE) {
      if (!input.amountFen || !input.termMonths) throw ApplicationException.invalidField('input.amountFen', '直接录入授信额度内的借款须填写金额和期限');
      await this.checkDrawdown(application, input.amountFen, input.termMonths, 'input.');
      drawdown = this.newDrawdown(application, input.amountFen, input.termMonths, now, null);
      isNew = true;
    } else {
      if ((await this.store.drawdowns(application.id)).length > 0) throw ApplicationException.invalidField('input.applicationId', '该笔单笔贷款已经放款');
      const approved = approvedTerms(application);
      drawdown = this.newDrawdown(application, approved.amountFen, approved.termMonths, now, null);
      isNew = true;
    }
    await this.disburse(application, actor, drawdown, isNew, input.bankReference, LoanLedgerSource.INSTITUTION, meta);
    return this.drawdownModel(drawdown.id);
  }

  /** The bank core confirmed the transfer of a requested drawdown (its signed webhook calls this). */
  async confirmDrawdownFromBankCore(drawdownId: string, bankReference: string): Promise<LoanDrawdownModel> {
    const drawdown = await this.store.findDrawdown(drawdownId);
    if (drawdown === null) throw ApplicationException.ledgerEntryNotFound('借款');
    const application = await this.find(drawdown.applicationId);
    this.requireAction(application, LoanApplicationAction.DISBURSE);
    await this.disburse(application, SYSTEM_ACTOR, await this.requestedDrawdown(application, drawdownId), false, bankReference, LoanLedgerSource.BANK_CORE, undefined);
    return this.drawdownModel(drawdownId);
  }

  /** What a repayment would pay now, and the recomputed schedule after an early partial one (either side). */
  async quote(user: AuthUser, args: LoanRepaymentQuoteArgs): Promise<LoanRepaymentQuoteModel> {
    const application = await this.find(args.applicationId);
    await this.access.viewer(user, application);
    const drawdown = await this.disbursedDrawdown(application, args.drawdownId, 'drawdownId');
    const quote = await this.priced(drawdown, args.kind, args.principalFen ?? null, 'principalFen');
    return {
      drawdownId: drawdown.id,
      kind: quote.kind,
      period: quote.period,
      principalFen: quote.principalFen,
      interestFen: quote.interestFen,
      amountFen: quote.amountFen,
      remainingPrincipalFen: quote.remainingPrincipalFen,
      rebuiltSchedule: quote.rebuilt.map((instalment) => toInstalmentModel({ ...instalment, status: ScheduleRowStatus.DUE })),
    };
  }

  /** The enterprise asks to repay the next instalment of a drawdown, as scheduled or early; the amounts are computed here. */
  async requestRepayment(user: AuthUser, input: RequestLoanRepaymentInput, meta: RequestMeta): Promise<LoanRepaymentModel> {
    const application = await this.find(input.applicationId);
    const actor = await this.access.applicantSide(user, application);
    const hash = requestHash(['repayment', application.id, input.drawdownId.toLowerCase(), input.kind, input.principalFen ?? null]);
    const earlier = await this.repaymentReplay(application.id, input.idempotencyKey, hash);
    if (earlier) return earlier;
    this.requireAction(application, LoanApplicationAction.REQUEST_REPAYMENT);
    const drawdown = await this.disbursedDrawdown(application, input.drawdownId, 'input.drawdownId');
    if (await this.store.pendingRepayment(drawdown.id)) throw ApplicationException.invalidField('input.drawdownId', '该笔借款有一笔还款正在等待入账确认，请确认后再申请');
    const quote = await this.priced(drawdown, input.kind, input.principalFen ?? null, 'input.principalFen');
    const now = this.clock.now();
    const repayment = this.newRepayment(application, drawdown, quote, now, { userId: user.userId, key: input.idempotencyKey, hash });
    return firstWriteWins(
      async () => {
        await this.transitions.apply(
          application,
          actor,
          {
            action: LoanApplicationAction.REQUEST_REPAYMENT,
            to: application.state,
            note: `申请${REPAYMENT_KIND_LABELS[quote.kind]} ${formatFen(quote.amountFen)}（第 ${drawdown.seq} 笔借款第 ${quote.period} 期，本金 ${formatFen(quote.principalFen)}，利息 ${formatFen(quote.interestFen)}）`,
            message: { title: '企业申请还款', body: `${application.enterpriseName}申请${REPAYMENT_KIND_LABELS[quote.kind]} ${formatFen(quote.amountFen)}，请确认入账` },
            detail: { repaymentId: repayment.id, drawdownId: drawdown.id, kind: quote.kind, amountFen: quote.amountFen },
            within: async (manager) => {
              if (await this.store.pendingRepayment(drawdown.id, manager)) {
                throw ApplicationException.invalidField('input.drawdownId', '该笔借款有一笔还款正在等待入账确认，请确认后再申请');
              }
              await this.store.insertRepayment(manager, repayment);
            },
          },
          meta,
        );
        return toRepaymentModel(repayment);
      },
      () => this.repaymentReplay(application.id, input.idempotencyKey, hash),
    );
  }

  /** The institution confirms a requested repayment, or enters one made at the counter or by transfer. */
  async recordRepayment(user: AuthUser, input: RecordLoanRepaymentInput, meta: RequestMeta): Promise<LoanRepaymentModel> {
    const application = await this.find(input.applicationId);
    const actor = this.access.institutionSide(user, application);
    this.requireAction(application, LoanApplicationAction.REPAY);
    if (input.repaymentId) {
      const repayment = await this.requestedRepayment(application, input.repaymentId);
      return this.confirmRequested(application, actor, repayment, input.bankReference, LoanLedgerSource.INSTITUTION, meta);
    }
    if (!input.drawdownId || !input.kind) throw ApplicationException.invalidField('input.drawdownId', '直接录入还款须选择借款和还款方式');
    const drawdown = await this.disbursedDrawdown(application, input.drawdownId, 'input.drawdownId');
    if (await this.store.pendingRepayment(drawdown.id)) throw ApplicationException.invalidField('input.drawdownId', '该笔借款有一笔企业申请的还款待确认，请先确认该笔还款');
    const quote = await this.priced(drawdown, input.kind, input.principalFen ?? null, 'input.principalFen');
    const repayment = this.newRepayment(application, drawdown, quote, this.clock.now(), null);
    await this.repay(application, actor, drawdown, repayment, quote, true, input.bankReference, LoanLedgerSource.INSTITUTION, meta);
    return toRepaymentModel({ ...repayment, status: RepaymentStatus.CONFIRMED });
  }

  /** The bank core confirmed a requested repayment (its signed webhook calls this). */
  async confirmRepaymentFromBankCore(repaymentId: string, bankReference: string): Promise<LoanRepaymentModel> {
    const repayment = await this.store.findRepayment(repaymentId);
    if (repayment === null) throw ApplicationException.ledgerEntryNotFound('还款');
    const application = await this.find(repayment.applicationId);
    this.requireAction(application, LoanApplicationAction.REPAY);
    return this.confirmRequested(application, SYSTEM_ACTOR, await this.requestedRepayment(application, repaymentId), bankReference, LoanLedgerSource.BANK_CORE, undefined);
  }

  /** The institution closes a credit line with nothing owed and nothing requested (a term loan settles by itself). */
  async settle(user: AuthUser, id: string, meta: RequestMeta): Promise<LoanApplicationRow> {
    const application = await this.find(id);
    const actor = this.access.institutionSide(user, application);
    this.requireAction(application, LoanApplicationAction.SETTLE);
    if ((await this.store.committedPrincipal(application.id)) > 0) throw ApplicationException.invalidField('id', '尚有未还清或待放款的借款，不能结清');
    return this.transitions.apply(application, actor, this.settlePlan(), meta);
  }

  private settlePlan() {
    return {
      action: LoanApplicationAction.SETTLE,
      to: LoanApplicationState.SETTLED,
      note: '贷款已全部还清，已结清',
      message: { title: '贷款已结清', body: '您的贷款已全部还清，感谢您的使用', audience: 'BOTH' as const },
    };
  }

  private async disburse(
    application: LoanApplicationRow,
    actor: ApplicationActorRef,
    drawdown: LoanDrawdownEntity,
    isNew: boolean,
    bankReference: string,
    source: LoanLedgerSource,
    meta: RequestMeta | undefined,
  ): Promise<void> {
    const now = this.clock.now();
    const schedule = initialSchedule(drawdown, now);
    const to = application.state === LoanApplicationState.SIGNED ? LoanApplicationState.DISBURSED : application.state;
    await this.transitions.apply(
      application,
      actor,
      {
        action: LoanApplicationAction.DISBURSE,
        to,
        note: `已放款 ${formatAmountCompact(drawdown.amountFen)}，期限 ${drawdown.termMonths} 个月，首期还款日 ${schedule[0]?.dueOn ?? ''}`,
        message: { title: '贷款已放款', body: `金融机构已放款 ${formatAmountCompact(drawdown.amountFen)}，首期还款日 ${schedule[0]?.dueOn ?? ''}` },
        detail: { drawdownId: drawdown.id, amountFen: drawdown.amountFen, source },
        within: async (manager) => {
          if (isNew) {
            drawdown.seq = (await this.store.drawdowns(application.id, manager)).length + 1;
            await this.store.insertDrawdown(manager, drawdown);
          }
          const disbursed = { status: DrawdownStatus.DISBURSED, disbursedAt: now, bankReference, recordedByUserId: actor.userId, recordedVia: source, outstandingPrincipalFen: drawdown.amountFen };
          await this.store.updateDrawdown(manager, drawdown.id, disbursed, now);
          await this.store.insertSchedule(manager, drawdown, schedule, now, () => timeOrderedUuid(now.getTime()));
        },
      },
      meta,
    );
  }

  private async confirmRequested(
    application: LoanApplicationRow,
    actor: ApplicationActorRef,
    repayment: LoanRepaymentEntity,
    bankReference: string,
    source: LoanLedgerSource,
    meta: RequestMeta | undefined,
  ): Promise<LoanRepaymentModel> {
    const drawdown = await this.disbursedDrawdown(application, repayment.drawdownId, 'input.repaymentId');
    const quote = await this.priced(drawdown, repayment.kind, repayment.principalFen, 'input.repaymentId');
    if (quote.amountFen !== repayment.amountFen || quote.period !== repayment.period) {
      throw ApplicationException.invalidField('input.repaymentId', '还款计划已变化，该笔申请的金额不再正确，请企业重新申请还款');
    }
    await this.repay(application, actor, drawdown, repayment, quote, false, bankReference, source, meta);
    return toRepaymentModel({ ...repayment, status: RepaymentStatus.CONFIRMED, bankReference, confirmedAt: this.clock.now(), recordedVia: source });
  }

  /** Confirms the repayment, updates the schedule and the drawdown, and settles a term loan whose last principal it was. */
  private async repay(
    application: LoanApplicationRow,
    actor: ApplicationActorRef,
    drawdown: LoanDrawdownEntity,
    repayment: LoanRepaymentEntity,
    quote: RepaymentQuote,
    isNew: boolean,
    bankReference: string,
    source: LoanLedgerSource,
    meta: RequestMeta | undefined,
  ): Promise<void> {
    const now = this.clock.now();
    const settles = application.facilityType === LoanFacilityType.TERM_LOAN && quote.remainingPrincipalFen === 0;
    await this.dataSource.transaction(async (manager) => {
      const next = await this.transitions.apply(
        application,
        actor,
        {
          action: LoanApplicationAction.REPAY,
          to: LoanApplicationState.REPAYING,
          note: `${REPAYMENT_KIND_LABELS[quote.kind]}已入账 ${formatFen(quote.amountFen)}（第 ${drawdown.seq} 笔借款第 ${quote.period} 期），剩余本金 ${formatFen(quote.remainingPrincipalFen)}`,
          message: { title: '还款已入账', body: `${REPAYMENT_KIND_LABELS[quote.kind]} ${formatFen(quote.amountFen)} 已入账，剩余本金 ${formatFen(quote.remainingPrincipalFen)}` },
          detail: { repaymentId: repayment.id, drawdownId: drawdown.id, kind: quote.kind, amountFen: quote.amountFen, source },
          within: (transaction) => this.applyRepayment(transaction, drawdown, repayment, quote, isNew, bankReference, actor, source, now),
        },
        meta,
        manager,
      );
      if (settles) await this.transitions.apply(next, SYSTEM_ACTOR, this.settlePlan(), meta, manager);
    });
  }

  private async applyRepayment(
    manager: EntityManager,
    drawdown: LoanDrawdownEntity,
    repayment: LoanRepaymentEntity,
    quote: RepaymentQuote,
    isNew: boolean,
    bankReference: string,
    actor: ApplicationActorRef,
    source: LoanLedgerSource,
    now: Date,
  ): Promise<void> {
    const confirmed = { status: RepaymentStatus.CONFIRMED, confirmedAt: now, bankReference, recordedByUserId: actor.userId, recordedVia: source };
    if (isNew) await this.store.insertRepayment(manager, { ...repayment, ...confirmed });
    else await this.store.updateRepayment(manager, repayment.id, confirmed, now);
    await this.store.setRowPrincipal(manager, drawdown.id, quote.period, quote.principalFen);
    await this.store.markRows(manager, drawdown.id, [quote.period], ScheduleRowStatus.PAID, repayment.id);
    if (quote.waivedPeriods.length > 0) await this.store.markRows(manager, drawdown.id, quote.waivedPeriods, ScheduleRowStatus.WAIVED, repayment.id);
    if (quote.rebuilt.length > 0) {
      await this.store.markRows(manager, drawdown.id, quote.rebuilt.map((instalment) => instalment.period), ScheduleRowStatus.SUPERSEDED, null);
      await this.store.insertSchedule(manager, drawdown, quote.rebuilt, now, () => timeOrderedUuid(now.getTime()));
    }
    const repaid = quote.remainingPrincipalFen === 0;
    await this.store.updateDrawdown(manager, drawdown.id, { outstandingPrincipalFen: quote.remainingPrincipalFen, status: repaid ? DrawdownStatus.REPAID : DrawdownStatus.DISBURSED }, now);
  }

  private async priced(drawdown: LoanDrawdownEntity, kind: RepaymentKind, principalFen: number | null, field: string): Promise<RepaymentQuote> {
    const due = await this.store.dueRows(drawdown.id);
    const result = quoteRepayment({ outstandingPrincipalFen: drawdown.outstandingPrincipalFen, rateBp: drawdown.rateBp, repaymentMethod: drawdown.repaymentMethod, due }, kind, principalFen, field);
    if (!result.ok) throw ApplicationException.invalid([result.error]);
    return result.quote;
  }

  /** The amount is within what the line has left, the term within the line's remaining months. */
  private async checkDrawdown(application: LoanApplicationRow, amountFen: number, termMonths: number, prefix: string): Promise<void> {
    const approved = approvedTerms(application);
    const available = approved.amountFen - (await this.store.committedPrincipal(application.id));
    if (amountFen > available) throw ApplicationException.invalidField(`${prefix}amountFen`, `借款金额超过可用额度 ${formatAmountCompact(Math.max(available, 0))}`);
    const lineEnds = addMonthsUtc(application.signedAt ?? this.clock.now(), approved.termMonths);
    const monthsLeft = wholeMonthsBetween(this.clock.now(), lineEnds);
    if (monthsLeft < 1) throw ApplicationException.invalidField(`${prefix}termMonths`, '授信额度已到期，不能再借款');
    if (termMonths > monthsLeft) throw ApplicationException.invalidField(`${prefix}termMonths`, `借款期限不能超过额度剩余有效期 ${monthsLeft} 个月`);
  }

  private newDrawdown(
    application: LoanApplicationRow,
    amountFen: number,
    termMonths: number,
    now: Date,
    request: { userId: string; key: string; hash: string } | null,
  ): LoanDrawdownEntity {
    const approved = approvedTerms(application);
    return Object.assign(new LoanDrawdownEntity(), {
      id: timeOrderedUuid(now.getTime()),
      applicationId: application.id,
      seq: 0,
      status: DrawdownStatus.REQUESTED,
      amountFen,
      termMonths,
      rateBp: approved.rateBp,
      repaymentMethod: approved.repaymentMethod,
      outstandingPrincipalFen: amountFen,
      requestedByUserId: request?.userId ?? null,
      idempotencyKey: request?.key ?? null,
      requestHash: request?.hash ?? null,
      disbursedAt: null,
      bankReference: null,
      recordedByUserId: null,
      recordedVia: null,
      createdAt: now,
      updatedAt: now,
    });
  }

  private newRepayment(
    application: LoanApplicationRow,
    drawdown: LoanDrawdownEntity,
    quote: RepaymentQuote,
    now: Date,
    request: { userId: string; key: string; hash: string } | null,
  ): LoanRepaymentEntity {
    return Object.assign(new LoanRepaymentEntity(), {
      id: timeOrderedUuid(now.getTime()),
      applicationId: application.id,
      drawdownId: drawdown.id,
      kind: quote.kind,
      status: RepaymentStatus.REQUESTED,
      period: quote.period,
      principalFen: quote.principalFen,
      interestFen: quote.interestFen,
      amountFen: quote.amountFen,
      requestedByUserId: request?.userId ?? null,
      idempotencyKey: request?.key ?? null,
      requestHash: request?.hash ?? null,
      confirmedAt: null,
      bankReference: null,
      recordedByUserId: null,
      recordedVia: null,
      createdAt: now,
      updatedAt: now,
    });
  }

  private requireAction(application: LoanApplicationRow, action: LoanApplicationAction): void {
    if (!actionApplies(application.state, action)) throw ApplicationException.wrongState(application.state, action);
  }

  private async find(id: string): Promise<LoanApplicationRow> {
    const application = await this.applications.findById(id);
    if (application === null) throw ApplicationException.notFound();
    return application;
  }

  private async requestedDrawdown(application: LoanApplicationRow, drawdownId: string): Promise<LoanDrawdownEntity> {
    const drawdown = await this.store.findDrawdown(drawdownId.toLowerCase());
    if (drawdown === null || drawdown.applicationId !== application.id) throw ApplicationException.ledgerEntryNotFound('借款');
    if (drawdown.status !== DrawdownStatus.REQUESTED) throw ApplicationException.invalidField('input.drawdownId', '该笔借款已放款或已取消');
    return drawdown;
  }

  private async disbursedDrawdown(application: LoanApplicationRow, drawdownId: string, field: string): Promise<LoanDrawdownEntity> {
    const drawdown = await this.store.findDrawdown(drawdownId.toLowerCase());
    if (drawdown === null || drawdown.applicationId !== application.id) throw ApplicationException.ledgerEntryNotFound('借款');
    if (drawdown.status !== DrawdownStatus.DISBURSED) throw ApplicationException.invalidField(field, drawdown.status === DrawdownStatus.REPAID ? '该笔借款已还清' : '该笔借款尚未放款');
    return drawdown;
  }

  private async requestedRepayment(application: LoanApplicationRow, repaymentId: string): Promise<LoanRepaymentEntity> {
    const repayment = await this.store.findRepayment(repaymentId.toLowerCase());
    if (repayment === null || repayment.applicationId !== application.id) throw ApplicationException.ledgerEntryNotFound('还款');
    if (repayment.status !== RepaymentStatus.REQUESTED) throw ApplicationException.invalidField('input.repaymentId', '该笔还款已入账或已取消');
    return repayment;
  }

  private async drawdownReplay(applicationId: string, key: string, hash: string): Promise<LoanDrawdownModel | null> {
    const earlier = await this.store.findDrawdownByKey(applicationId, key);
    if (earlier === null) return null;
    if (earlier.requestHash !== hash) throw ApplicationException.idempotencyKeyReused();
    return this.drawdownModel(earlier.id);
  }

  private async repaymentReplay(applicationId: string, key: string, hash: string): Promise<LoanRepaymentModel | null> {
    const earlier = await this.store.findRepaymentByKey(applicationId, key);
    if (earlier === null) return null;
    if (earlier.requestHash !== hash) throw ApplicationException.idempotencyKeyReused();
    return toRepaymentModel(earlier);
  }

  private async drawdownModel(id: string): Promise<LoanDrawdownModel> {
    const drawdown = await this.store.findDrawdown(id);
    if (drawdown === null) throw ApplicationException.ledgerEntryNotFound('借款');
    const [model] = toDrawdownModels([drawdown], await this.store.currentSchedules([id]));
    if (!model) throw ApplicationException.ledgerEntryNotFound('借款');
    return model;
  }
}

/** The approved terms of an application past approval (set together by the approval). */
function approvedTerms(application: LoanApplicationRow): { amountFen: number; rateBp: number; termMonths: number; repaymentMethod: RepaymentMethod } {
  const { approvedAmountFen, approvedRateBp, approvedTermMonths, approvedRepaymentMethod } = application;
  if (approvedAmountFen === null || approvedRateBp === null || approvedTermMonths === null || approvedRepaymentMethod === null) {
    throw ApplicationException.wrongState(application.state, LoanApplicationAction.DISBURSE);
  }
  return { amountFen: approvedAmountFen, rateBp: approvedRateBp, termMonths: approvedTermMonths, repaymentMethod: approvedRepaymentMethod };
}
