import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { BannerStatus } from '../banner-status';

@ObjectType('Banner', { description: '首页轮播图' })
export class BannerModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  subtitle: string | null;

  @Field(() => String, { description: '平台内图片路径：上传的图片 /api/files/…，或内置的 /assets/banners/…' })
  imageUrl: string;

  @Field(() => String, { nullable: true, description: '应用内跳转页面路径' })
  linkPath: string | null;

  @Field(() => Int)
  sortOrder: number;

  @Field(() => String, { nullable: true, description: '开始展示时间（UTC ISO）' })
  startsAt: string | null;

  @Field(() => String, { nullable: true, description: '结束展示时间（UTC ISO）' })
  endsAt: string | null;

  @Field(() => BannerStatus)
  status: BannerStatus;
}
