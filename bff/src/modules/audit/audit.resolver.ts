import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@rongtong/shared';
import { Roles } from '../../core-modules/auth/decorators';
import { PageArgs } from '../../infra/graphql/pagination/page.args';
import { AuditLogsQuery } from './audit-logs.query';
import { AuditLogConnection, AuditLogEntryModel } from './models/audit-log-entry.model';

@Resolver(() => AuditLogEntryModel)
export class AuditResolver {
  constructor(private readonly logs: AuditLogsQuery) {}

  @Query(() => AuditLogConnection, { description: '审计日志，最新在前（仅审计管理员）' })
  @Roles(Role.AUDIT_ADMIN)
  auditLogs(@Args() args: PageArgs): Promise<AuditLogConnection> {
    return this.logs.page(args);
  }
}
