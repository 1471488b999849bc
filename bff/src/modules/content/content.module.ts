import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { MessagesModule } from '../messages/messages.module';
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
  imports: [TypeOrmModule.forFeature([PolicyEntity, NewsEntity, FaqEntity]), AuditModule, MessagesModule],
  providers: [ContentResolver, ContentService, ContentRepository, ContentAdminResolver, ContentAdminService, PolicyPushResolver, PolicyPushService],
})
export class ContentModule {}
