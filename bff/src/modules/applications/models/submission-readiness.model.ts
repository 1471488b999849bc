import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DataSource, MaterialStatus, SubmissionPrecondition } from '@rongtong/shared';
import './application-enums';

@ObjectType('SubmissionPreconditionCheck', { description: '提交前的一项条件及其是否满足' })
export class SubmissionPreconditionCheckModel {
  @Field(() => SubmissionPrecondition)
  precondition: SubmissionPrecondition;

  @Field(() => Boolean)
  met: boolean;

  @Field(() => String, { description: '满足时说明依据，不满足时说明缺什么、怎么办' })
  message: string;
}

@ObjectType('MaterialRequirement', { description: '产品要求的一项材料' })
export class MaterialRequirementModel {
  @Field(() => String)
  materialName: string;

  @Field(() => MaterialStatus)
  status: MaterialStatus;

  @Field(() => DataSource, { nullable: true, description: '可替代该材料的政务数据' })
  governmentSource: DataSource | null;

  @Field(() => Int, { description: '已上传的文件数' })
  fileCount: number;
}

@ObjectType('SubmissionReadiness', { description: '申请能否提交：逐项列出前提条件' })
export class SubmissionReadinessModel {
  @Field(() => ID)
  applicationId: string;

  @Field(() => Boolean, { description: '全部条件满足，可以提交' })
  ready: boolean;

  @Field(() => [SubmissionPreconditionCheckModel])
  preconditions: SubmissionPreconditionCheckModel[];

  @Field(() => [MaterialRequirementModel])
  materials: MaterialRequirementModel[];

  @Field(() => Boolean, { description: '本平台是否提供人脸核验；不提供时请选择线下核验' })
  faceVerificationAvailable: boolean;
}
