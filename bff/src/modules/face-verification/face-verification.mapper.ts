import type { FaceVerificationRow } from './face-verification.entity';
import { FaceVerificationModel } from './models/face-verification.model';

export function toFaceVerificationModel(row: FaceVerificationRow): FaceVerificationModel {
  return Object.assign(new FaceVerificationModel(), {
    certifyId: row.certifyId,
    applicationId: row.applicationId,
    purpose: row.purpose,
    state: row.state,
    score: row.scoreTenths === null ? null : row.scoreTenths / 10,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    finishedAt: row.finishedAt,
  });
}
