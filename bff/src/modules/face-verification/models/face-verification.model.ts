import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LiveEventModel } from '../../../core-modules/events/models/live-event.model';
import { FaceVerificationPurpose, FaceVerificationState, IdCardSide } from '../face-verification.entity';

registerEnumType(FaceVerificationPurpose, {
  name: 'FaceVerificationPurpose',
  description: '人脸核验用途',
  valuesMap: { APPLY: { description: '提交贷款申请' }, SIGN: { description: '签署借款合同' } },
});
registerEnumType(FaceVerificationState, {
  name: 'FaceVerificationState',
  description: '人脸核验状态',
  valuesMap: {
    INIT: { description: '已下单，待核验' },
    PENDING: { description: '核验中' },
    PASSED: { description: '核验通过（已向核验机构确认）' },
    FAILED: { description: '核验未通过' },
    EXPIRED: { description: '10 分钟内未完成，已过期' },
  },
});
registerEnumType(IdCardSide, { name: 'IdCardSide', description: '身份证证件面', valuesMap: { FRONT: { description: '人像面' }, BACK: { description: '国徽面' } } });

@ObjectType('BiometricConsentAgreement', { description: '人脸信息处理授权书（单独同意）' })
export class BiometricConsentAgreementModel {
  @Field(() => String, { description: '版本' })
  version: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: '全文，须完整展示后再请用户同意' })
  text: string;

  @Field(() => String, { description: '全文（UTF-8）的 SHA-256，同意时原样回传' })
  sha256: string;

  @Field(() => Date, { nullable: true, description: '当前用户同意本版本的时间；未同意为空' })
  acceptedAt: Date | null;
}

@ObjectType('FaceVerificationStart', { description: '已向核验机构下单：在皖事通内用 certifyId 调起人脸核验，H5 中打开 verifyUrl' })
export class FaceVerificationStartModel {
  @Field(() => String)
  certifyId: string;

  @Field(() => String, { description: '核验页地址（10 分钟内有效）' })
  verifyUrl: string;

  @Field(() => Date)
  expiresAt: Date;
}

@ObjectType('FaceVerification', { description: '一次人脸核验及其结果（结果以向核验机构查询确认的为准）' })
export class FaceVerificationModel {
  @Field(() => String)
  certifyId: string;

  @Field(() => ID)
  applicationId: string;

  @Field(() => FaceVerificationPurpose)
  purpose: FaceVerificationPurpose;

  @Field(() => FaceVerificationState)
  state: FaceVerificationState;

  @Field(() => Float, { nullable: true, description: '相似度 0–100（一位小数），确认后才有' })
  score: number | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}

@ObjectType('FaceVerificationResultEvent', { implements: () => [LiveEventModel], description: '人脸核验有了确定结果' })
export class FaceVerificationResultEventModel extends LiveEventModel {
  @Field(() => FaceVerificationModel)
  verification: FaceVerificationModel;
}

@ObjectType('IdCardRecognition', { description: '身份证识别结果：与本人实名信息一致且在有效期内' })
export class IdCardRecognitionModel {
  @Field(() => IdCardSide)
  side: IdCardSide;

  @Field(() => String, { nullable: true, description: '人像面：姓名（脱敏）' })
  nameMasked: string | null;

  @Field(() => String, { nullable: true, description: '人像面：公民身份号码（脱敏）' })
  residentIdMasked: string | null;

  @Field(() => String, { nullable: true, description: '国徽面：有效期至（YYYY-MM-DD；长期为空）' })
  validTo: string | null;

  @Field(() => Date)
  recognizedAt: Date;
}
