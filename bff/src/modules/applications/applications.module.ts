import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../../core-modules/events/events.module';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { ConsentsModule } from '../consents/consents.module';
import { DataUseModule } from '../data-use/data-use.module';
import { EnterprisesModule } from '../enterprises/enterprises.module';
import { FaceVerificationResultsModule } from '../face-verification/face-verification-results.module';
import { FaceVerificationResultsService } from '../face-verification/face-verification-results.service';
import { FilesModule } from '../files/files.module';
import { InstitutionsModule } from '../institutions/institutions.module';
import { MessagesModule } from '../messages/messages.module';
import { ProductsModule } from '../products/products.module';
import { ApplicationAccess } from './application-access';
import { ApplicationDecisionsService } from './application-decisions.service';
import { ApplicationEventEntity, ApplicationNumberSequenceEntity } from './application-event.entity';
import { ApplicationEventSink } from './application-event-sink';
import { ApplicationExpiry } from './application-expiry';
import { ApplicationLiveService } from './application-live.service';
import { ApplicationTransitions } from './application-transitions';
import { ApplicationViews } from './application-views.service';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationsResolver } from './applications.resolver';
import { ApplicationsService } from './applications.service';
import { FaceVerificationSubjectsService } from './face-verification-subjects.service';
import { FACE_VERIFICATION_RESULTS, IdentityVerificationCheck } from './identity-verification';
import { InstitutionApplicationsResolver } from './institution-applications.resolver';
import { LoanDrawdownEntity, LoanRepaymentEntity, LoanScheduleRowEntity } from './ledger/loan-ledger.entity';
import { LoanLedgerService } from './ledger/loan-ledger.service';
import { LoanLedgerStore } from './ledger/loan-ledger.store';
import { CounterVerificationEntity, LoanApplicationEntity } from './loan-application.entity';
import { ApplicationMaterialEntity } from './materials/application-material.entity';
import { ApplicationMaterialsController } from './materials/application-materials.controller';
import { ApplicationMaterialsService } from './materials/application-materials.service';
import { ApplicationMaterialsStore } from './materials/application-materials.store';

/**
 * Loan applications (贷款申请, DESIGN §4.3): drafts, materials, submission, the institution's decisions, the contract,
 * drawdowns, repayments and settlement, every step a compare-and-set transition with its timeline event. The face
 * side of identity verification is a port (FACE_VERIFICATION_RESULTS) the face-verification module provides; the
 * counter path (线下核验) is always offered too.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      LoanApplicationEntity,
      CounterVerificationEntity,
      ApplicationEventEntity,
      ApplicationNumberSequenceEntity,
      ApplicationMaterialEntity,
      LoanDrawdownEntity,
      LoanScheduleRowEntity,
      LoanRepaymentEntity,
    ]),
    AccountsModule,
    AuditModule,
    ConsentsModule,
    DataUseModule,
    EnterprisesModule,
    EventsModule,
    FaceVerificationResultsModule,
    FilesModule,
    InstitutionsModule,
    MessagesModule,
    ProductsModule,
  ],
  controllers: [ApplicationMaterialsController],
  providers: [
    ApplicationsRepository,
    ApplicationAccess,
    ApplicationTransitions,
    ApplicationEventSink,
    ApplicationLiveService,
    ApplicationViews,
    ApplicationsService,
    ApplicationDecisionsService,
    ApplicationMaterialsStore,
    ApplicationMaterialsService,
    LoanLedgerStore,
    LoanLedgerService,
    ApplicationExpiry,
    IdentityVerificationCheck,
    FaceVerificationSubjectsService,
    { provide: FACE_VERIFICATION_RESULTS, useExisting: FaceVerificationResultsService },
    ApplicationsResolver,
    InstitutionApplicationsResolver,
  ],
  exports: [LoanLedgerService, IdentityVerificationCheck, FaceVerificationSubjectsService],
})
export class ApplicationsModule {}
