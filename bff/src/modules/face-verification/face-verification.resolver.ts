import { Args, Context, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Role } from '@rongtong/shared';
import type { AuthUser } from '../../core-modules/auth/auth-user';
import type { RequestMeta } from '../../infra/http/request-context';
import { CurrentRequestMeta, CurrentUser, Roles } from '../../core-modules/auth/decorators';
import { AcceptBiometricConsentInput, CertifyIdArgs, FaceVerificationResultArgs, RecognizeIdCardInput, StartFaceVerificationInput } from './dto/face-verification.inputs';
import { FaceVerificationLiveService } from './face-verification-live.service';
import { FaceVerificationService } from './face-verification.service';
import {
  BiometricConsentAgreementModel,
  FaceVerificationModel,
  FaceVerificationResultEventModel,
  FaceVerificationStartModel,
  IdCardRecognitionModel,
} from './models/face-verification.model';

/** Face verification and ID-card recognition of the applicant in person (GraphQL only; the rules are in the service). */
@Resolver()
export class FaceVerificationResolver {
  constructor(
    private readonly faces: FaceVerificationService,
    private readonly live: FaceVerificationLiveService,
  ) {}

  @Query(() => BiometricConsentAgreementModel, { description: '人脸信息处理授权书全文及当前用户是否已同意（首次人脸核验前展示）' })
  @Roles(Role.ENTERPRISE)
  biometricConsentAgreement(@CurrentUser() user: AuthUser): Promise<BiometricConsentAgreementModel> {
    return this.faces.consentAgreement(user);
  }

  @Mutation(() => BiometricConsentAgreementModel, { description: '单独同意处理人脸信息：回传所展示授权书的版本和 SHA-256' })
  @Roles(Role.ENTERPRISE)
  acceptBiometricConsent(@CurrentUser() user: AuthUser, @Args('input') input: AcceptBiometricConsentInput, @CurrentRequestMeta() meta: RequestMeta): Promise<BiometricConsentAgreementModel> {
    return this.faces.acceptConsent(user, input.version, input.sha256, meta);
  }

  @Mutation(() => IdCardRecognitionModel, { description: '身份证识别：上传的身份证照片经 OCR 识别后与本人实名信息和有效期比对' })
  @Roles(Role.ENTERPRISE)
  recognizeIdCard(@CurrentUser() user: AuthUser, @Args('input') input: RecognizeIdCardInput, @CurrentRequestMeta() meta: RequestMeta): Promise<IdCardRecognitionModel> {
    return this.faces.recognizeIdCard(user, input.applicationId, input.side, input.fileId, meta);
  }

  @Mutation(() => FaceVerificationStartModel, { description: '申请人本人发起人脸核验（须已同意授权书；提交申请前须先识别身份证）' })
  @Roles(Role.ENTERPRISE)
  startFaceVerification(@CurrentUser() user: AuthUser, @Args('input') input: StartFaceVerificationInput, @CurrentRequestMeta() meta: RequestMeta): Promise<FaceVerificationStartModel> {
    return this.faces.start(user, input.applicationId, input.purpose, meta);
  }

  @Query(() => FaceVerificationModel, { description: '本人发起的一次人脸核验及其结果' })
  @Roles(Role.ENTERPRISE)
  faceVerification(@CurrentUser() user: AuthUser, @Args() args: CertifyIdArgs): Promise<FaceVerificationModel> {
    return this.faces.read(user, args.certifyId);
  }

  @Subscription(() => FaceVerificationResultEventModel, {
    description: '实时推送：本人这次人脸核验的确定结果（通过、未通过或过期）',
    resolve: (event: FaceVerificationResultEventModel) => event,
  })
  @Roles(Role.ENTERPRISE)
  faceVerificationResult(@Context() context: unknown, @Args() args: FaceVerificationResultArgs): AsyncIterableIterator<FaceVerificationResultEventModel> {
    return this.live.results(context, args.certifyId, args.after);
  }
}
