import type { AuditLogEntity } from './audit-log.entity';
import type { AuditLogEntryModel } from './models/audit-log-entry.model';

/** The hashes and the user agent stay in the database; the auditor sees the facts. */
export function toAuditLogEntryModel(entity: AuditLogEntity): AuditLogEntryModel {
  return {
    id: entity.id,
    seq: entity.seq,
    occurredAt: entity.occurredAt,
    actorId: entity.actorId,
    actorRole: entity.actorRole,
    action: entity.action,
    result: entity.result,
    targetType: entity.targetType,
    targetId: entity.targetId,
    ip: entity.ip,
    detail: entity.detail,
  };
}
