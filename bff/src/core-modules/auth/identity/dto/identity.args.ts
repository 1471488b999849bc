import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

@ArgsType()
export class BeginUnifiedLoginArgs {
  @Field(() => String, { description: '统一身份认证平台登录后返回的页面地址（须在允许的来源内）' })
  @IsString()
  @IsNotEmpty({ message: '请提供登录回调地址' })
  @MaxLength(2000, { message: '登录回调地址过长' })
  redirectUri: string;
}

@ArgsType()
export class CompleteUnifiedLoginArgs {
  @Field(() => String)
  @IsString()
  @IsNotEmpty({ message: '缺少 state 参数' })
  @MaxLength(128, { message: 'state 参数过长' })
  state: string;

  @Field(() => String, { description: '统一身份认证平台回调带回的授权码' })
  @IsString()
  @IsNotEmpty({ message: '缺少授权码' })
  @MaxLength(512, { message: '授权码过长' })
  code: string;
}

@ArgsType()
export class HostLoginArgs {
  @Field(() => String, { description: '皖事通 JSAPI 返回的一次性授权码' })
  @IsString()
  @IsNotEmpty({ message: '缺少授权码' })
  @MaxLength(512, { message: '授权码过长' })
  authCode: string;
}

@ArgsType()
export class SwitchEnterpriseArgs {
  @Field(() => ID)
  @IsUUID('all', { message: '企业编号格式不正确' })
  enterpriseId: string;
}
