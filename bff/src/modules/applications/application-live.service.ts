import { Injectable } from '@nestjs/common';
import { LOAN_APPLICATION_ACTIONS, LOAN_APPLICATION_ACTORS, LOAN_APPLICATION_STATES, type LoanApplicationAction, type LoanApplicationActor, type LoanApplicationState } from '@rongtong/shared';
import { LiveEventsService, type PlatformEvent } from '../../core-modules/events/live-events.service';
import { APPLICATION_STEP_TOPIC } from './application-event-sink';
import { LoanApplicationEventModel } from './models/loan-application-event.model';

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/**
 * The live side of applications: every step of the applications the subscriber may see — its enterprise's, or its
 * institution's once submitted (the events' audience, checked against the session as each goes out) — optionally of
 * one application only.
 */
@Injectable()
export class ApplicationLiveService {
  constructor(private readonly live: LiveEventsService) {}

  steps(context: unknown, applicationId: string | null, after: string | null | undefined): AsyncIterableIterator<LoanApplicationEventModel> {
    const events = this.live.stream(context, { topics: [APPLICATION_STEP_TOPIC], after });
    return this.live.project(events, (event) => {
      const step = toStepEvent(event);
      return step && (applicationId === null || step.applicationId === applicationId) ? step : undefined;
    });
  }
}

/** The event as the app receives it; undefined (nothing sent) for a payload this version cannot read. */
export function toStepEvent(event: PlatformEvent): LoanApplicationEventModel | undefined {
  const { applicationId, number, action, fromState, toState, version, actorKind } = event.payload;
  if (typeof applicationId !== 'string' || typeof number !== 'string' || typeof version !== 'number') return undefined;
  if (!isOneOf<LoanApplicationAction>(LOAN_APPLICATION_ACTIONS, action) || !isOneOf<LoanApplicationActor>(LOAN_APPLICATION_ACTORS, actorKind)) return undefined;
  if (!isOneOf<LoanApplicationState>(LOAN_APPLICATION_STATES, toState) || (fromState !== null && !isOneOf<LoanApplicationState>(LOAN_APPLICATION_STATES, fromState))) return undefined;
  return Object.assign(new LoanApplicationEventModel(), {
    eventId: event.id,
    topic: event.topic,
    occurredAt: new Date(event.occurredAt),
    applicationId,
    number,
    action,
    fromState,
    toState,
    version,
    actorKind,
  });
}
