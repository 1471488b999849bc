import { Field, ObjectType } from '@nestjs/graphql';
import { AuthPayloadModel } from '../../sessions/models/auth-payload.model';
import { StaffLoginStep } from '../staff-login-step';

@ObjectType('TotpEnrollment', { description: '绑定身份验证器：扫描二维码或手动输入密钥' })
export class TotpEnrollmentModel {
  @Field(() => String, { description: 'Base32 密钥' })
  secret: string;

  @Field(() => String, { description: 'otpauth://totp/融通:<用户名>?secret=…&issuer=融通' })
  otpauthUrl: string;

  @Field(() => String, { description: '二维码（SVG 文本）' })
  qrSvg: string;
}

@ObjectType('StaffLoginResult', { description: '工作人员登录的结果：完成（auth）或下一步及其一次性凭证（5 分钟内有效）' })
export class StaffLoginResultModel {
  @Field(() => StaffLoginStep)
  step: StaffLoginStep;

  @Field(() => String, { nullable: true })
  challengeToken: string | null;

  @Field(() => TotpEnrollmentModel, { nullable: true })
  totpEnrollment: TotpEnrollmentModel | null;

  @Field(() => AuthPayloadModel, { nullable: true })
  auth: AuthPayloadModel | null;
}
