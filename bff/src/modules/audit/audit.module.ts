import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditChainHeadEntity } from './audit-chain-head.entity';
import { AuditLogEntity } from './audit-log.entity';
import { AuditLogRepository } from './audit-log.repository';
import { AuditLogsQuery } from './audit-logs.query';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Module({
  imports: [TypeOrmModule.forFeature([AuditLogEntity, AuditChainHeadEntity])],
  providers: [AuditService, AuditLogRepository, AuditLogsQuery, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
