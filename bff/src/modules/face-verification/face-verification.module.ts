import { Module } from '@nestjs/common';
import { EventsModule } from '../../core-modules/events/events.module';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { ApplicationsModule } from '../applications/applications.module';
import { FilesModule } from '../files/files.module';
import { FaceCallbacksController } from './face-callbacks.controller';
import { FaceCallbacksService } from './face-callbacks.service';
import { FaceOutcomes } from './face-outcomes';
import { FaceProviderClient } from './face-provider.client';
import { FaceVerificationExpiry } from './face-verification-expiry';
import { FaceVerificationLiveService } from './face-verification-live.service';
import { FaceVerificationResultsModule } from './face-verification-results.module';
import { FaceVerificationResolver } from './face-verification.resolver';
import { FaceVerificationService } from './face-verification.service';
import { FaceVerificationsRepository } from './face-verifications.repository';

/**
 * Face verification (人脸核验) and ID-card recognition (身份识别) for loan applications: the separate biometric consent,
 * signed orders and OCR at the identity-verification provider, its signed result callbacks confirmed by querying it,
 * expiry, and the live result. Applications reads the outcome through FaceVerificationResultsModule (the
 * FACE_VERIFICATION_RESULTS port).
 */
@Module({
  imports: [AccountsModule, ApplicationsModule, AuditModule, EventsModule, FaceVerificationResultsModule, FilesModule],
  controllers: [FaceCallbacksController],
  providers: [
    FaceVerificationsRepository,
    FaceProviderClient,
    FaceOutcomes,
    FaceVerificationService,
    FaceCallbacksService,
    FaceVerificationLiveService,
    FaceVerificationExpiry,
    FaceVerificationResolver,
  ],
  exports: [FaceVerificationService],
})
export class FaceVerificationModule {}
