import { Injectable } from '@nestjs/common';
import {
  edgeOf,
  LOAN_APPLICATION_STATE_LABELS,
  LoanApplicationActor,
  type LoanApplicationAction,
  type LoanApplicationState,
  type Role,
} from '@rongtong/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestMeta } from '../../infra/http/request-context';
import { Clock } from '../../infra/clock/clock';
import { timeOrderedUuid } from '../../infra/database/time-ordered-id';
import { AccountsService } from '../accounts/accounts.service';
import { AuditAction, AuditService, type AuditDetail } from '../audit/audit.service';
import { MessageKind } from '../messages/message-kind';
import { MessagesService, type OutgoingMessage } from '../messages/messages.service';
import { ApplicationEventSink } from './application-event-sink';
import { ApplicationException } from './application.exception';
import { ApplicationsRepository, type ApplicationChanges } from './applications.repository';
import type { LoanApplicationRow } from './loan-application.entity';

/** Who acts: a user of one side, or the system (the expiry job, the bank core). */
export interface ApplicationActorRef {
  kind: LoanApplicationActor;
  userId: string | null;
  role: Role | null;
}

export const SYSTEM_ACTOR: ApplicationActorRef = { kind: LoanApplicationActor.SYSTEM, userId: null, role: null };

/** Who hears of a step: the applicant, the deciding institution's reviewers, both, or nobody. */
export type StepAudience = 'APPLICANT' | 'REVIEWERS' | 'BOTH' | 'NONE';

/** One action on one application, as a service decided it after checking its rules. */
export interface TransitionPlan {
  action: LoanApplicationAction;
  to: LoanApplicationState;
  changes?: ApplicationChanges;
  /** The timeline entry both sides read; null for steps that are not on the timeline (draft edits). */
  note: string | null;
  /** The message to the other side (title and body); none when absent. */
  message?: { title: string; body: string; audience?: StepAudience };
  /** Ids, codes and counts for the audit entry. */
  detail?: AuditDetail;
  /** Further writes of the step, in its transaction, once the compare-and-set has succeeded. */
  within?: (manager: EntityManager, next: LoanApplicationRow) => Promise<void>;
}

/** Where the app opens an application from a message, per side (the pages come with the application screens). */
export function applicantLink(applicationId: string): string {
  return `/packages/applications/detail/index?id=${applicationId}`;
}

export function reviewerLink(applicationId: string): string {
  return `/packages/application-console/detail/index?id=${applicationId}`;
}

/**
 * The one way an application changes: a compare-and-set on its state and version that must change exactly one row
 * (else CONFLICT and nothing is written), then — in the same transaction — the step's own writes, its timeline event,
 * its audit entry (fail closed), its message to the other side and its live-update event. Every action of every
 * service goes through `apply`.
 */
@Injectable()
export class ApplicationTransitions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ApplicationsRepository,
    private readonly audit: AuditService,
    private readonly messages: MessagesService,
    private readonly accounts: AccountsService,
    private readonly sink: ApplicationEventSink,
    private readonly clock: Clock,
  ) {}

  /** Applies the plan in a transaction of its own, or in the caller's when `manager` is given; answers the new row. */
  async apply(
    current: LoanApplicationRow,
    actor: ApplicationActorRef,
    plan: TransitionPlan,
    meta: RequestMeta | undefined,
    manager?: EntityManager,
  ): Promise<LoanApplicationRow> {
    const edge = edgeOf(plan.action, current.state, plan.to);
    if (!edge || !edge.actors.includes(actor.kind)) throw ApplicationException.wrongState(current.state, plan.action);
    if (manager) return this.applyWith(manager, current, actor, plan, meta);
    return this.dataSource.transaction((transaction) => this.applyWith(transaction, current, actor, plan, meta));
  }

  private async applyWith(
    manager: EntityManager,
    current: LoanApplicationRow,
    actor: ApplicationActorRef,
    plan: TransitionPlan,
    meta: RequestMeta | undefined,
  ): Promise<LoanApplicationRow> {
    const now = this.clock.now();
    const changes = plan.changes ?? {};
    if (!(await this.repository.compareAndSet(manager, current, plan.to, changes, now))) throw ApplicationException.changedMeanwhile();
    const next: LoanApplicationRow = { ...current, ...changes, state: plan.to, version: current.version + 1, lastActionAt: now, updatedAt: now };
    if (plan.within) await plan.within(manager, next);
    if (plan.note !== null) {
      const eventId = timeOrderedUuid(now.getTime());
      await this.repository.insertEvent(manager, {
        id: eventId,
        applicationId: next.id,
        seq: next.version,
        action: plan.action,
        fromState: current.state,
        toState: next.state,
        actorKind: actor.kind,
        actorUserId: actor.userId,
        note: plan.note,
        createdAt: now,
      });
      await this.sink.emit(manager, {
        timelineEventId: eventId,
        applicationId: next.id,
        number: next.number,
        action: plan.action,
        fromState: current.state,
        toState: next.state,
        version: next.version,
        actorKind: actor.kind,
        enterpriseId: next.enterpriseId,
        institutionId: next.institutionId,
        occurredAt: now.toISOString(),
      });
    }
    await this.audit.record(
      {
        actorId: actor.userId,
        actorRole: actor.role,
        action: AuditAction.LOAN_APPLICATION_TRANSITION,
        result: 'SUCCESS',
        targetType: 'LOAN_APPLICATION',
        targetId: next.id,
        meta,
        detail: { action: plan.action, from: current.state, to: next.state, version: next.version, actorKind: actor.kind, ...plan.detail },
      },
      manager,
    );
    if (plan.message) await this.notify(manager, next, actor, plan.message);
    return next;
  }

  /** The message of a step to the other side of the actor (or the audience the plan names). */
  private async notify(manager: EntityManager, application: LoanApplicationRow, actor: ApplicationActorRef, message: NonNullable<TransitionPlan['message']>): Promise<void> {
    const audience = message.audience ?? (actor.kind === LoanApplicationActor.APPLICANT ? 'REVIEWERS' : 'APPLICANT');
    const outgoing: OutgoingMessage[] = [];
    const body = `${message.body}（申请编号 ${application.number}，当前状态：${LOAN_APPLICATION_STATE_LABELS[application.state]}）`;
    if (audience === 'APPLICANT' || audience === 'BOTH') {
      outgoing.push({ userId: application.applicantUserId, kind: MessageKind.LOAN_APPLICATION, title: message.title, body, link: applicantLink(application.id) });
    }
    if (audience === 'REVIEWERS' || audience === 'BOTH') {
      const reviewers = await this.accounts.staffIdsWithPermission(application.institutionId, 'REVIEWER', manager);
      for (const userId of reviewers) {
        outgoing.push({ userId, kind: MessageKind.LOAN_APPLICATION, title: message.title, body, link: reviewerLink(application.id) });
      }
    }
    if (outgoing.length > 0) await this.messages.send(manager, outgoing);
  }
}
