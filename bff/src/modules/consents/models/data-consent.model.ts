import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConsentGranteeKind, ConsentPurpose, ConsentStatus, DataSource } from '@rongtong/shared';
import { Connection } from '../../../infra/graphql/pagination/connection';
import { EnterpriseRelation } from '../../enterprises/enterprise-relation';

@ObjectType('DataConsent', { description: '数据授权' })
export class DataConsentModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: '授权编号：调取政务数据时出示的授权凭证编号' })
  reference: string;

  @Field(() => ConsentStatus, { description: '按当前时间计算的状态' })
  status: ConsentStatus;

  @Field(() => [DataSource])
  sources: DataSource[];

  @Field(() => ConsentPurpose)
  purpose: ConsentPurpose;

  @Field(() => ConsentGranteeKind)
  granteeKind: ConsentGranteeKind;

  @Field(() => ID, { nullable: true })
  granteeInstitutionId: string | null;

  @Field(() => String, { description: '数据接收方：金融机构名称，或“融通平台”' })
  granteeName: string;

  @Field(() => ID, { nullable: true })
  productId: string | null;

  @Field(() => String, { nullable: true, description: '贷款申请指定的产品名称' })
  productName: string | null;

  @Field(() => EnterpriseRelation, { description: '授权人与企业的关系' })
  grantorRelation: EnterpriseRelation;

  @Field(() => String, { description: '授权人（已脱敏）' })
  grantedByName: string;

  @Field(() => String)
  agreementVersion: string;

  @Field(() => String, { description: '授权时展示的协议全文的 SHA-256' })
  agreementSha256: string;

  @Field(() => Date)
  grantedAt: Date;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType('DataConsentConnection')
export class DataConsentConnection extends Connection(DataConsentModel, 'DataConsent') {}
