import { canonicalJson, chainHash, ChainVerifier, GENESIS_HASH, type ChainedFields } from './audit-chain';
import type { AuditLogEntity } from './audit-log.entity';

const KEY = Buffer.alloc(32, 9);

function fields(seq: number, overrides: Partial<ChainedFields> = {}): ChainedFields {
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    seq,
    occurredAt: new Date(Date.UTC(2026, 0, 1, 8, 0, seq)),
    actorId: null,
    actorRole: null,
    action: 'LOGIN',
    result: 'SUCCESS',
    targetType: 'ACCOUNT',
    targetId: 'a1',
    ip: '10.0.0.1',
    userAgent: 'ua',
    detail: null,
    ...overrides,
  };
}

function chain(length: number): AuditLogEntity[] {
  const rows: AuditLogEntity[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq += 1) {
    const row = fields(seq);
    const hash = chainHash(KEY, prevHash, row);
    rows.push({ ...row, prevHash, hash });
    prevHash = hash;
  }
  return rows;
}

describe('canonicalJson', () => {
  it('sorts keys at every level and is insensitive to insertion order', () => {
    expect(canonicalJson({ b: 1, a: { d: [true, null], c: '中' } })).toBe('{"a":{"c":"中","d":[true,null]},"b":1}');
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });
});

describe('chainHash', () => {
  it('depends on the key, the previous hash and every column', () => {
    const base = chainHash(KEY, GENESIS_HASH, fields(1));
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(KEY, GENESIS_HASH, fields(1))).toBe(base);
    expect(chainHash(Buffer.alloc(32, 8), GENESIS_HASH, fields(1))).not.toBe(base);
    expect(chainHash(KEY, 'f'.repeat(64), fields(1))).not.toBe(base);
    for (const change of [{ result: 'FAILURE' }, { ip: null }, { detail: '{}' }, { occurredAt: new Date(0) }, { userAgent: 'x' }]) {
      expect(chainHash(KEY, GENESIS_HASH, fields(1, change))).not.toBe(base);
    }
  });
});

describe('ChainVerifier', () => {
  const verify = (rows: AuditLogEntity[], head = { lastSeq: rows.length, lastHash: rows.at(-1)?.hash ?? GENESIS_HASH }) => {
    const verifier = new ChainVerifier(KEY);
    return verifier.check(rows) ?? verifier.finish(head);
  };

  it('accepts an intact chain, also across batches and when empty', () => {
    const rows = chain(5);
    expect(verify(rows)).toEqual({ ok: true, count: 5, lastSeq: 5 });
    const verifier = new ChainVerifier(KEY);
    expect(verifier.check(rows.slice(0, 2))).toBeUndefined();
    expect(verifier.check(rows.slice(2))).toBeUndefined();
    expect(verifier.finish({ lastSeq: 5, lastHash: rows[4]?.hash ?? '' })).toEqual({ ok: true, count: 5, lastSeq: 5 });
    expect(verify([])).toEqual({ ok: true, count: 0, lastSeq: 0 });
  });

  it('names the first changed, removed or re-linked row', () => {
    const changed = chain(5);
    changed[2] = { ...(changed[2] as AuditLogEntity), targetId: 'other' };
    expect(verify(changed)).toEqual({ ok: false, brokenAtSeq: 3, reason: 'HASH_MISMATCH' });

    const removed = chain(5).filter((row) => row.seq !== 2);
    expect(verify(removed)).toEqual({ ok: false, brokenAtSeq: 2, reason: 'SEQUENCE_GAP' });

    const relinked = chain(5);
    relinked[3] = { ...(relinked[3] as AuditLogEntity), prevHash: GENESIS_HASH };
    expect(verify(relinked)).toEqual({ ok: false, brokenAtSeq: 4, reason: 'PREVIOUS_HASH_MISMATCH' });
  });

  it('notices a removed tail through the head row', () => {
    const rows = chain(5);
    expect(verify(rows.slice(0, 4), { lastSeq: 5, lastHash: rows[4]?.hash ?? '' })).toEqual({
      ok: false,
      brokenAtSeq: 5,
      reason: 'HEAD_MISMATCH',
    });
  });
});
