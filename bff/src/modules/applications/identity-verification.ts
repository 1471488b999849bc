import { Inject, Injectable } from '@nestjs/common';
import { CounterVerificationPurpose, IdentityVerificationPath } from '@rongtong/shared';
import { ApplicationsRepository } from './applications.repository';

/** Whose face verification to look for: the applicant in person, for this application. */
export interface FaceVerificationSubject {
  userId: string;
  applicationId: string;
}

/** A verification an action relied on: its path, its reference (certify id or counter record id) and when it passed. */
export interface VerificationProof {
  path: IdentityVerificationPath;
  reference: string;
  verifiedAt: Date;
}

/**
 * The face-verification module's side of the port (issue 13 item 2 brings it): the latest verification of the user
 * for the application that PASSED — confirmed with the provider — at most `minutes` before `now`. `available` says
 * whether face verification is offered at all on this deployment, so the app can point to 线下核验 when it is not.
 */
export interface FaceVerificationResults {
  readonly available: boolean;
  passedWithin(subject: FaceVerificationSubject, minutes: number, now: Date): Promise<{ certifyId: string; passedAt: Date } | null>;
}

/** Injection token of the face side; the face-verification module provides it (FaceVerificationResultsService). */
export const FACE_VERIFICATION_RESULTS = Symbol('FACE_VERIFICATION_RESULTS');

/**
 * IdentityVerificationCheck: whether the applicant's identity is verified for a step, by the path they chose — a face
 * verification PASSED within the step's window (the face module answers), or a counter verification the deciding
 * institution recorded (this module keeps those).
 */
@Injectable()
export class IdentityVerificationCheck {
  constructor(
    @Inject(FACE_VERIFICATION_RESULTS) private readonly face: FaceVerificationResults,
    private readonly repository: ApplicationsRepository,
  ) {}

  get faceAvailable(): boolean {
    return this.face.available;
  }

  /** A face verification of the subject that passed at most `minutes` before `now`; null when there is none. */
  async passedWithin(subject: FaceVerificationSubject, minutes: number, now: Date): Promise<VerificationProof | null> {
    const passed = await this.face.passedWithin(subject, minutes, now);
    return passed && { path: IdentityVerificationPath.FACE, reference: passed.certifyId, verifiedAt: passed.passedAt };
  }

  /** The latest counter verification of the application for `purpose`, recorded at or after `since` (any time when null). */
  async counterVerified(applicationId: string, purpose: CounterVerificationPurpose, since: Date | null): Promise<VerificationProof | null> {
    const record = await this.repository.latestCounterVerification(applicationId, purpose, since);
    return record && { path: IdentityVerificationPath.COUNTER, reference: record.id, verifiedAt: record.verifiedAt };
  }
}
