import { createHmac } from 'node:crypto';
import type { NodeEnv } from './node-env';

type Env = Readonly<Record<string, string | undefined>>;

/** One data-encryption key: SM4 needs 16 bytes, the HMAC-SM3 tag key is 32. */
export interface DataKey {
  id: string;
  encryptionKey: Buffer;
  macKey: Buffer;
}

export const DATA_KEY_BYTES = 16 + 32;
export const MIN_SECRET_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

export const CRYPTO_KEY_VARIABLES = [
  'DATA_ENCRYPTION_KEYS',
  'DATA_ENCRYPTION_ACTIVE_KEY',
  'BLIND_INDEX_KEY',
  'AUDIT_CHAIN_KEY',
  'TOKEN_HASH_KEY',
] as const;

/**
 * The key material of the field cipher, blind indexes, the audit chain and token hashes. Never printed:
 * `toJSON` and `inspect` show only key ids, so logging a config object cannot leak a key.
 */
export class CryptoKeys {
  constructor(
    readonly dataKeys: readonly DataKey[],
    readonly activeDataKeyId: string,
    readonly blindIndexKey: Buffer,
    readonly auditChainKey: Buffer,
    readonly tokenHashKey: Buffer,
    /** Variables that fell back to the fixed development keys (never in production). */
    readonly developmentDefaults: readonly string[],
  ) {
    Object.freeze(this);
  }

  toJSON(): { dataKeyIds: string[]; activeDataKeyId: string } {
    return { dataKeyIds: this.dataKeys.map((key) => key.id), activeDataKeyId: this.activeDataKeyId };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `CryptoKeys ${JSON.stringify(this.toJSON())}`;
  }
}

/** Development keys are derived from a public constant: fine on a laptop, worthless as secrets. */
const DEVELOPMENT_SEED = 'rongtong-development-keys-not-for-production';
export const DEVELOPMENT_DATA_KEY_ID = 'dev1';

function developmentKey(label: string, bytes: number): Buffer {
  return createHmac('sm3', DEVELOPMENT_SEED).update(label).digest().subarray(0, bytes);
}

function developmentDataKey(): DataKey {
  return { id: DEVELOPMENT_DATA_KEY_ID, encryptionKey: developmentKey('data-encryption', 16), macKey: developmentKey('data-mac', 32) };
}

function raw(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function decodeBase64(text: string): Buffer | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) && !/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  return Buffer.from(text, text.includes('-') || text.includes('_') ? 'base64url' : 'base64');
}

function parseDataKeys(text: string, problems: string[]): DataKey[] {
  const keys: DataKey[] = [];
  text.split(',').forEach((item, index) => {
    const [id, material, ...rest] = item.trim().split(':');
    const bytes = material ? decodeBase64(material) : undefined;
    if (!id || !KEY_ID.test(id) || rest.length > 0 || bytes?.length !== DATA_KEY_BYTES) {
      problems.push(
        `DATA_ENCRYPTION_KEYS 的每一项必须是 <密钥编号>:<${DATA_KEY_BYTES} 字节密钥的 base64>，编号只含字母、数字、_ 和 -（第 ${index + 1} 项不符合）`,
      );
      return;
    }
    if (keys.some((key) => key.id === id)) problems.push(`DATA_ENCRYPTION_KEYS 中密钥编号 ${id} 重复`);
    keys.push({ id, encryptionKey: bytes.subarray(0, 16), macKey: bytes.subarray(16) });
  });
  return keys;
}

class KeyReader {
  readonly defaulted: string[] = [];

  constructor(
    private readonly env: Env,
    private readonly production: boolean,
    readonly problems: string[],
  ) {}

  /** The variable's value, or undefined after noting a problem (production) or a development default. */
  value(name: string): string | undefined {
    const value = raw(this.env, name);
    if (value !== undefined) return value;
    if (this.production) this.problems.push(`${name} 在生产环境必须设置`);
    else this.defaulted.push(name);
    return undefined;
  }

  secret(name: string, label: string): Buffer {
    const text = this.value(name);
    if (text === undefined) return developmentKey(label, 32);
    const bytes = decodeBase64(text);
    if (bytes && bytes.length >= MIN_SECRET_BYTES) return bytes;
    this.problems.push(`${name} 必须是至少 ${MIN_SECRET_BYTES} 字节密钥的 base64 编码`);
    return developmentKey(label, 32);
  }

  dataKeys(): { keys: DataKey[]; activeId: string } {
    const keysText = this.value('DATA_ENCRYPTION_KEYS');
    const activeText = raw(this.env, 'DATA_ENCRYPTION_ACTIVE_KEY');
    if (keysText === undefined) {
      if (this.production && activeText === undefined) this.problems.push('DATA_ENCRYPTION_ACTIVE_KEY 在生产环境必须设置');
      const key = developmentDataKey();
      if (!this.production && activeText !== undefined && activeText !== key.id) {
        this.problems.push('DATA_ENCRYPTION_ACTIVE_KEY 必须是 DATA_ENCRYPTION_KEYS 中的一个密钥编号');
      }
      return { keys: [key], activeId: key.id };
    }
    const keys = parseDataKeys(keysText, this.problems);
    const activeId = activeText ?? (keys.length === 1 && !this.production ? keys[0]?.id : undefined);
    if (activeId === undefined) {
      this.problems.push('DATA_ENCRYPTION_ACTIVE_KEY 必须设置（指定用于加密的密钥编号）');
    } else if (!keys.some((key) => key.id === activeId)) {
      this.problems.push('DATA_ENCRYPTION_ACTIVE_KEY 必须是 DATA_ENCRYPTION_KEYS 中的一个密钥编号');
    }
    return { keys, activeId: activeId ?? '' };
  }
}

/**
 * Reads the five key variables. In production every one is required; in development and test a missing
 * one falls back to a fixed development key (listed in `developmentDefaults`, warned about at start).
 * Problems are appended to `problems` and never echo a secret.
 */
export function readCryptoKeys(env: Env, nodeEnv: NodeEnv, problems: string[]): CryptoKeys {
  const reader = new KeyReader(env, nodeEnv === 'production', problems);
  const { keys, activeId } = reader.dataKeys();
  const blindIndexKey = reader.secret('BLIND_INDEX_KEY', 'blind-index');
  const auditChainKey = reader.secret('AUDIT_CHAIN_KEY', 'audit-chain');
  const tokenHashKey = reader.secret('TOKEN_HASH_KEY', 'token-hash');
  const secrets = [blindIndexKey, auditChainKey, tokenHashKey];
  if (new Set(secrets.map((secret) => secret.toString('hex'))).size < secrets.length) {
    problems.push('BLIND_INDEX_KEY、AUDIT_CHAIN_KEY 和 TOKEN_HASH_KEY 必须互不相同');
  }
  return new CryptoKeys(keys, activeId, blindIndexKey, auditChainKey, tokenHashKey, reader.defaulted);
}
