import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { EnterprisesModule } from '../enterprises/enterprises.module';
import { FilesModule } from '../files/files.module';
import { MessagesModule } from '../messages/messages.module';
import { ContentAttachmentEntity } from './content-attachment.entity';
import { NewsAttachmentsResolver, PolicyAttachmentsResolver } from './content-attachments.resolver';
import { ContentAttachmentsService } from './content-attachments.service';
import { ContentAdminResolver } from './content-admin.resolver';
import { ContentAdminService } from './content-admin.service';
import { ContentRepository } from './content.repository';
import { ContentResolver } from './content.resolver';
import { ContentService } from './content.service';
import { FaqEntity } from './faq.entity';
import { NewsEntity } from './news.entity';
import { PolicyEntity } from './policy.entity';
import { PolicyPushResolver } from './policy-push.resolver';
import { PolicyPushService } from './policy-push.service';

@Module({
  imports: [TypeOrmModule.forFeature([PolicyEntity, NewsEntity, FaqEntity, ContentAttachmentEntity]), AuditModule, EnterprisesModule, MessagesModule, FilesModule],
  providers: [ContentResolver, ContentService, ContentRepository, ContentAdminResolver, ContentAdminService, PolicyPushResolver, PolicyPushService, ContentAttachmentsService, PolicyAttachmentsResolver, NewsAttachmentsResolver],
})
export class ContentModule {}
