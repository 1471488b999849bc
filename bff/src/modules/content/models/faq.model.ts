import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Faq', { description: '常见问题' })
export class FaqModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  category: string;

  @Field(() => String)
  question: string;

  @Field(() => String)
  answer: string;

  @Field(() => [String])
  keywords: string[];
}
