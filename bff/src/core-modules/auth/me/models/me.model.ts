import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@rongtong/shared';

/**
 * The signed-in user. MeFieldsResolver (me-fields.resolver.ts) adds `institution`, `enterprises` and
 * `activeEnterprise` with @ResolveField on this type; `institutionId` and `activeEnterpriseId` are carried (not exposed) for them.
 */
@ObjectType('Me', { description: '当前登录用户' })
export class MeModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => [String], { description: '机构内权限：INSTITUTION_ADMIN、REVIEWER、PRODUCT_MANAGER' })
  permissions: string[];

  @Field(() => String, { nullable: true, description: '脱敏手机号，例如 138****8000' })
  phoneMasked: string | null;

  @Field(() => Boolean, { description: '首次登录须修改初始密码' })
  mustChangePassword: boolean;

  @Field(() => Boolean, { description: '已绑定动态验证码（TOTP）' })
  totpEnabled: boolean;

  institutionId: string | null;

  activeEnterpriseId: string | null;
}
