import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../infra/graphql/batch-loader';
import { ContentAttachmentsService } from './content-attachments.service';
import { AttachmentModel } from './models/attachment.model';
import { NewsModel } from './models/news.model';
import { PolicyModel } from './models/policy.model';

@Resolver(() => PolicyModel)
export class PolicyAttachmentsResolver {
  constructor(private readonly attachments: ContentAttachmentsService) {}

  @ResolveField('attachments', () => [AttachmentModel], { description: '附件，按顺序' })
  attachmentList(@Parent() policy: PolicyModel, @Context() context: GraphqlContext): Promise<AttachmentModel[]> {
    return this.attachments.load('POLICY', policy.id, context.loaders);
  }
}

@Resolver(() => NewsModel)
export class NewsAttachmentsResolver {
  constructor(private readonly attachments: ContentAttachmentsService) {}

  @ResolveField('attachments', () => [AttachmentModel], { description: '附件，按顺序' })
  attachmentList(@Parent() news: NewsModel, @Context() context: GraphqlContext): Promise<AttachmentModel[]> {
    return this.attachments.load('NEWS', news.id, context.loaders);
  }
}
