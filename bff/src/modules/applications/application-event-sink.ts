import { Injectable } from '@nestjs/common';
import type { LoanApplicationAction, LoanApplicationActor, LoanApplicationState } from '@rongtong/shared';
import type { EntityManager } from 'typeorm';

/** What changed on an application, as subscribers (the applicant's app, the institution's workbench) receive it. */
export interface ApplicationChange {
  /** The timeline event's id: unique, so a subscriber can drop a duplicate delivery. */
  eventId: string;
  applicationId: string;
  number: string;
  action: LoanApplicationAction;
  fromState: LoanApplicationState | null;
  toState: LoanApplicationState;
  version: number;
  actorKind: LoanApplicationActor;
  /** Who may receive it: the applying enterprise's users and the deciding institution's staff. */
  enterpriseId: string;
  institutionId: string;
  applicantUserId: string;
  /** UTC ISO instant. */
  occurredAt: string;
}

/**
 * THE seam between application transitions and live updates: every transition calls `emit` exactly once per timeline
 * event, inside its transaction, with its manager — so an event is written if and only if the change commits.
 *
 * The events backbone (outbox + pub/sub + graphql-ws subscriptions, issue 13 item 3) has not landed in this tree yet;
 * until it does there is nobody to hand the change to, and `emit` records nothing. Wiring it is one line here:
 * `await this.outbox.add({ topic: 'applicationEvent', audience, payload: change }, manager)`. Nothing else in the
 * module changes.
 */
@Injectable()
export class ApplicationEventSink {
  async emit(manager: EntityManager, change: ApplicationChange): Promise<void> {
    void manager;
    void change;
  }
}
