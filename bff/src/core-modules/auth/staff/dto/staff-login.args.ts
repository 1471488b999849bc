import { ArgsType, Field } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

@ArgsType()
export class StaffLoginArgs {
  @Field(() => String)
  @IsString()
  @IsNotEmpty({ message: '请输入用户名' })
  @MaxLength(64, { message: '用户名不超过 64 个字符' })
  username: string;

  @Field(() => String)
  @IsString()
  @IsNotEmpty({ message: '请输入密码' })
  @MaxLength(128, { message: '密码不超过 128 个字符' })
  password: string;
}

@ArgsType()
export class StaffTotpArgs {
  @Field(() => String)
  @IsString()
  @IsNotEmpty({ message: '登录验证已失效，请重新登录' })
  @MaxLength(128, { message: '登录验证已失效，请重新登录' })
  challengeToken: string;

  @Field(() => String, { description: '身份验证器显示的 6 位数字' })
  @IsString()
  @IsNotEmpty({ message: '请输入动态验证码' })
  @MaxLength(16, { message: '动态验证码为 6 位数字' })
  code: string;
}

@ArgsType()
export class StaffChangeInitialPasswordArgs {
  @Field(() => String)
  @IsString()
  @IsNotEmpty({ message: '登录验证已失效，请重新登录' })
  @MaxLength(128, { message: '登录验证已失效，请重新登录' })
  challengeToken: string;

  @Field(() => String)
  @IsString()
  @IsNotEmpty({ message: '请输入新密码' })
  @MaxLength(128, { message: '新密码不超过 128 个字符' })
  newPassword: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field(() => String)
  @IsString()
  @IsNotEmpty({ message: '请输入当前密码' })
  @MaxLength(128, { message: '当前密码不超过 128 个字符' })
  currentPassword: string;

  @Field(() => String)
  @IsString()
  @IsNotEmpty({ message: '请输入新密码' })
  @MaxLength(128, { message: '新密码不超过 128 个字符' })
  newPassword: string;
}
