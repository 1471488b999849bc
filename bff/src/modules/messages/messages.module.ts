import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../../core-modules/events/events.module';
import { MessageEntity } from './message.entity';
import { MessagesLiveResolver } from './messages-live.resolver';
import { MessagesLiveService } from './messages-live.service';
import { MessagesResolver } from './messages.resolver';
import { MessagesService } from './messages.service';

@Module({
  imports: [TypeOrmModule.forFeature([MessageEntity]), EventsModule],
  providers: [MessagesResolver, MessagesService, MessagesLiveResolver, MessagesLiveService],
  exports: [MessagesService],
})
export class MessagesModule {}
