import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Role } from '@rongtong/shared';

@ObjectType('StaffAccount', { description: '工作人员账号' })
export class StaffAccountModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  username: string;

  @Field(() => String)
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => [String], { description: '机构内权限：INSTITUTION_ADMIN、REVIEWER、PRODUCT_MANAGER' })
  permissions: string[];

  @Field(() => Boolean)
  enabled: boolean;

  @Field(() => Date, { nullable: true, description: '锁定至（连续输错后临时锁定）' })
  lockedUntil: Date | null;

  @Field(() => Int, { description: '密码和动态验证码累计输错次数（完成登录或安全管理员解锁后清零）' })
  failedLoginCount: number;

  @Field(() => Boolean)
  mustChangePassword: boolean;

  @Field(() => Boolean)
  totpEnabled: boolean;

  @Field(() => Date)
  createdAt: Date;

  /** For the `institution` field resolver. */
  institutionId: string | null;
}

@ObjectType('CreatedStaffAccount', { description: '新建的账号及其初始密码（仅此一次显示，首次登录须修改）' })
export class CreatedStaffAccountModel {
  @Field(() => StaffAccountModel)
  account: StaffAccountModel;

  @Field(() => String)
  initialPassword: string;
}
