import { hmacSm3 } from '../../infra/crypto/hmac-sm3';
import type { AuditLogEntity } from './audit-log.entity';

/** The `prevHash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The columns the hash covers: everything but the hashes themselves. */
export type ChainedFields = Omit<AuditLogEntity, 'prevHash' | 'hash'>;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** JSON with object keys sorted at every level, so equal content always gives equal text. */
export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] ?? null)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function chainedJson(row: ChainedFields): Json {
  return {
    id: row.id,
    seq: row.seq,
    occurredAt: row.occurredAt.toISOString(),
    actorId: row.actorId,
    actorRole: row.actorRole,
    action: row.action,
    result: row.result,
    targetType: row.targetType,
    targetId: row.targetId,
    ip: row.ip,
    userAgent: row.userAgent,
    detail: row.detail,
  };
}

/** hex HMAC-SM3(AUDIT_CHAIN_KEY, prevHash ‖ canonical JSON of the row). */
export function chainHash(key: Buffer, prevHash: string, row: ChainedFields): string {
  return hmacSm3(key, prevHash, canonicalJson(chainedJson(row))).toString('hex');
}

export type ChainVerdict =
  | { ok: true; count: number; lastSeq: number }
  | { ok: false; brokenAtSeq: number; reason: 'SEQUENCE_GAP' | 'PREVIOUS_HASH_MISMATCH' | 'HASH_MISMATCH' | 'HEAD_MISMATCH' };

/** Walks rows in seq order; `state` carries over between batches. */
export class ChainVerifier {
  private expectedSeq = 1;
  private prevHash = GENESIS_HASH;
  private count = 0;

  constructor(private readonly key: Buffer) {}

  /** The first broken row of this batch, if any. */
  check(rows: readonly AuditLogEntity[]): ChainVerdict | undefined {
    for (const row of rows) {
      if (row.seq !== this.expectedSeq) return { ok: false, brokenAtSeq: this.expectedSeq, reason: 'SEQUENCE_GAP' };
      if (row.prevHash !== this.prevHash) return { ok: false, brokenAtSeq: row.seq, reason: 'PREVIOUS_HASH_MISMATCH' };
      if (chainHash(this.key, row.prevHash, row) !== row.hash) return { ok: false, brokenAtSeq: row.seq, reason: 'HASH_MISMATCH' };
      this.prevHash = row.hash;
      this.expectedSeq += 1;
      this.count += 1;
    }
    return undefined;
  }

  /** After the last batch: the head row must point at the last row (a removed tail shows here). */
  finish(head: { lastSeq: number; lastHash: string }): ChainVerdict {
    if (head.lastSeq !== this.expectedSeq - 1 || head.lastHash !== this.prevHash) {
      return { ok: false, brokenAtSeq: this.expectedSeq, reason: 'HEAD_MISMATCH' };
    }
    return { ok: true, count: this.count, lastSeq: this.expectedSeq - 1 };
  }
}
