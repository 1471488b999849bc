import { Injectable } from '@nestjs/common';
import { LiveEventsService, type PlatformEvent } from '../../core-modules/events/live-events.service';
import { FACE_VERIFICATION_RESULT_TOPIC } from './face-outcomes';
import { FaceVerificationPurpose, FaceVerificationState } from './face-verification.entity';
import { FaceVerificationModel, FaceVerificationResultEventModel } from './models/face-verification.model';

const PURPOSES = new Set<string>(Object.values(FaceVerificationPurpose));
const STATES = new Set<string>(Object.values(FaceVerificationState));

/** The live side: the result of one verification, delivered to its applicant only (the event's audience). */
@Injectable()
export class FaceVerificationLiveService {
  constructor(private readonly live: LiveEventsService) {}

  results(context: unknown, certifyId: string, after: string | null | undefined): AsyncIterableIterator<FaceVerificationResultEventModel> {
    const events = this.live.stream(context, { topics: [FACE_VERIFICATION_RESULT_TOPIC], after });
    return this.live.project(events, (event) => (event.payload.certifyId === certifyId ? toResultEvent(event) : undefined));
  }
}

/** The event as the app receives it; undefined (nothing sent) for a payload this version cannot read. */
export function toResultEvent(event: PlatformEvent): FaceVerificationResultEventModel | undefined {
  const { certifyId, applicationId, purpose, state, score, createdAt, expiresAt, finishedAt } = event.payload;
  if (typeof certifyId !== 'string' || typeof applicationId !== 'string' || typeof createdAt !== 'string' || typeof expiresAt !== 'string') return undefined;
  if (typeof purpose !== 'string' || !PURPOSES.has(purpose) || typeof state !== 'string' || !STATES.has(state)) return undefined;
  if ((score !== null && typeof score !== 'number') || (finishedAt !== null && typeof finishedAt !== 'string')) return undefined;
  const verification = Object.assign(new FaceVerificationModel(), {
    certifyId,
    applicationId,
    purpose: purpose as FaceVerificationPurpose,
    state: state as FaceVerificationState,
    score,
    createdAt: new Date(createdAt),
    expiresAt: new Date(expiresAt),
    finishedAt: finishedAt === null ? null : new Date(finishedAt),
  });
  return Object.assign(new FaceVerificationResultEventModel(), { eventId: event.id, topic: event.topic, occurredAt: new Date(event.occurredAt), verification });
}
