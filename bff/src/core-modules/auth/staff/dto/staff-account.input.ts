import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@rongtong/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';

const USERNAME_MESSAGE = '用户名须为 3–32 位小写字母、数字、点、下划线或连字符，并以字母开头';
const DISPLAY_NAME_MESSAGE = '姓名须为 1–32 个字符';

@InputType('CreateStaffAccountInput')
export class CreateStaffAccountInput {
  @Field(() => String)
  @IsString()
  @Matches(/^[a-z][a-z0-9._-]{2,31}$/, { message: USERNAME_MESSAGE })
  username: string;

  @Field(() => String)
  @IsString()
  @MinLength(1, { message: DISPLAY_NAME_MESSAGE })
  @MaxLength(32, { message: DISPLAY_NAME_MESSAGE })
  displayName: string;

  @Field(() => Role)
  @IsEnum(Role, { message: '角色不正确' })
  role: Role;

  @Field(() => [String], { nullable: true, description: '机构内权限，仅金融机构工作人员：INSTITUTION_ADMIN、REVIEWER、PRODUCT_MANAGER' })
  @IsOptional()
  @ArrayMaxSize(3, { message: '权限最多 3 项' })
  @IsString({ each: true })
  permissions?: string[] | null;

  @Field(() => ID, { nullable: true, description: '所属金融机构，仅金融机构工作人员' })
  @IsOptional()
  @IsUUID('all', { message: '金融机构编号格式不正确' })
  institutionId?: string | null;
}

@InputType('UpdateStaffAccountInput')
export class UpdateStaffAccountInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: DISPLAY_NAME_MESSAGE })
  @MaxLength(32, { message: DISPLAY_NAME_MESSAGE })
  displayName?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(3, { message: '权限最多 3 项' })
  @IsString({ each: true })
  permissions?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'false 停用账号（立即退出登录）' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean | null;
}

@ArgsType()
export class CreateStaffAccountArgs {
  @Field(() => CreateStaffAccountInput)
  @ValidateNested()
  @Type(() => CreateStaffAccountInput)
  input: CreateStaffAccountInput;
}

@ArgsType()
export class UpdateStaffAccountArgs {
  @Field(() => ID)
  @IsUUID('all', { message: '账号编号格式不正确' })
  id: string;

  @Field(() => UpdateStaffAccountInput)
  @ValidateNested()
  @Type(() => UpdateStaffAccountInput)
  input: UpdateStaffAccountInput;
}

@ArgsType()
export class StaffAccountsArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: '金融机构编号格式不正确' })
  institutionId?: string | null;
}

@ArgsType()
export class StaffAccountIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: '账号编号格式不正确' })
  id: string;
}
