import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContentRepository } from './content.repository';
import { ContentResolver } from './content.resolver';
import { ContentService } from './content.service';
import { FaqEntity } from './faq.entity';
import { NewsEntity } from './news.entity';
import { PolicyEntity } from './policy.entity';

@Module({
  imports: [TypeOrmModule.forFeature([PolicyEntity, NewsEntity, FaqEntity])],
  providers: [ContentResolver, ContentService, ContentRepository],
})
export class ContentModule {}
