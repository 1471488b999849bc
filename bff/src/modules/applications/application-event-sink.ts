import { Injectable } from '@nestjs/common';
import { LoanApplicationActor, LoanApplicationState, type LoanApplicationAction } from '@rongtong/shared';
import type { EntityManager } from 'typeorm';
import { OutboxService } from '../../core-modules/events/outbox.service';

/** The topic of every step of every application (`loanApplicationEvents` delivers it). */
export const APPLICATION_STEP_TOPIC = 'application.step';

/** What changed on an application, as subscribers (the applicant's app, the institution's workbench) receive it. */
export interface ApplicationChange {
  /** The timeline event's id. */
  timelineEventId: string;
  applicationId: string;
  number: string;
  action: LoanApplicationAction;
  fromState: LoanApplicationState | null;
  toState: LoanApplicationState;
  version: number;
  actorKind: LoanApplicationActor;
  enterpriseId: string;
  institutionId: string;
  /** UTC ISO instant. */
  occurredAt: string;
}

/**
 * Whether the deciding institution hears of a step: always once the application is submitted, and of draft steps only
 * those it took itself (a counter verification); a draft the applicant withdraws was never theirs to see.
 */
export function institutionHears(change: Pick<ApplicationChange, 'fromState' | 'toState' | 'actorKind'>): boolean {
  if (change.fromState !== LoanApplicationState.DRAFT) return true;
  return change.toState === LoanApplicationState.SUBMITTED || change.actorKind === LoanApplicationActor.INSTITUTION;
}

/**
 * The seam between application transitions and live updates: every transition calls `emit` once per timeline event,
 * inside its transaction and with its manager, which writes the event to the outbox (core-modules/events) — so it is
 * published if and only if the change commits, and a crash between the commit and the publication loses nothing.
 * The audience is the applying enterprise (every user acting for it) and, once it may see the application, the
 * deciding institution.
 */
@Injectable()
export class ApplicationEventSink {
  constructor(private readonly outbox: OutboxService) {}

  async emit(manager: EntityManager, change: ApplicationChange): Promise<void> {
    await this.outbox.add(
      {
        topic: APPLICATION_STEP_TOPIC,
        audience: { enterpriseId: change.enterpriseId, institutionId: institutionHears(change) ? change.institutionId : null },
        payload: { ...change },
      },
      manager,
    );
  }
}
