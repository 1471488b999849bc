import { Module } from '@nestjs/common';
import { FaceVerificationResultsService } from './face-verification-results.service';

/**
 * The read side applications needs (FACE_VERIFICATION_RESULTS), apart from the rest of face verification so that the
 * applications module can import it while FaceVerificationModule imports applications (no module cycle).
 */
@Module({
  providers: [FaceVerificationResultsService],
  exports: [FaceVerificationResultsService],
})
export class FaceVerificationResultsModule {}
