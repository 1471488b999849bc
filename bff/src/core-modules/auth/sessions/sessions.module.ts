import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../../../modules/audit/audit.module';
import { MeModule } from '../me/me.module';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionEntity } from './session.entity';
import { SessionsRepository } from './sessions.repository';
import { SessionsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity, RefreshTokenEntity]), AuditModule, MeModule],
  providers: [SessionsService, SessionsRepository, SessionsResolver],
  exports: [SessionsService],
})
export class SessionsModule {}
