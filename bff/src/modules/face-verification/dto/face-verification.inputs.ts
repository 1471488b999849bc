import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, Matches } from 'class-validator';
import { LiveEventsArgs } from '../../../core-modules/events/dto/live-events.args';
import { UUID_PATTERN } from '../../../infra/database/deterministic-id';
import { FaceVerificationPurpose, IdCardSide } from '../face-verification.entity';
import '../models/face-verification.model';

const APPLICATION_MESSAGE = '申请编号格式不正确';
export const CERTIFY_ID_PATTERN = /^[0-9a-f]{32}$/;

@InputType('StartFaceVerificationInput')
export class StartFaceVerificationInput {
  @Field(() => ID, { description: '贷款申请' })
  @Matches(UUID_PATTERN, { message: APPLICATION_MESSAGE })
  applicationId: string;

  @Field(() => FaceVerificationPurpose)
  @IsEnum(FaceVerificationPurpose, { message: '核验用途必须是 APPLY 或 SIGN' })
  purpose: FaceVerificationPurpose;
}

@InputType('RecognizeIdCardInput')
export class RecognizeIdCardInput {
  @Field(() => ID, { description: '贷款申请' })
  @Matches(UUID_PATTERN, { message: APPLICATION_MESSAGE })
  applicationId: string;

  @Field(() => IdCardSide)
  @IsEnum(IdCardSide, { message: '证件面必须是 FRONT（人像面）或 BACK（国徽面）' })
  side: IdCardSide;

  @Field(() => ID, { description: '通过 /api/files?purpose=LOAN_MATERIAL 上传的身份证照片' })
  @Matches(UUID_PATTERN, { message: '文件编号格式不正确，请重新上传' })
  fileId: string;
}

@InputType('AcceptBiometricConsentInput')
export class AcceptBiometricConsentInput {
  @Field(() => String, { description: '所展示授权书的版本' })
  @Matches(/^[0-9A-Za-z.-]{1,16}$/, { message: '授权书版本格式不正确' })
  version: string;

  @Field(() => String, { description: '所展示授权书全文的 SHA-256' })
  @Matches(/^[0-9a-f]{64}$/, { message: '授权书摘要应为 64 位小写十六进制' })
  sha256: string;
}

@ArgsType()
export class CertifyIdArgs {
  @Field(() => String)
  @Matches(CERTIFY_ID_PATTERN, { message: '核验编号格式不正确' })
  certifyId: string;
}

@ArgsType()
export class FaceVerificationResultArgs extends LiveEventsArgs {
  @Field(() => String)
  @Matches(CERTIFY_ID_PATTERN, { message: '核验编号格式不正确' })
  certifyId: string;
}
