import type { PersistedQueryOptions } from '@apollo/server';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { getOperationAST, parse } from 'graphql';

/** One operation the app may send: its SHA-256, its text as codegen normalised it, and its name. */
export interface PersistedOperation {
  hash: string;
  document: string;
  operationName: string;
}

/** The safelist cannot be used; the start stops with this message, which names the file and the entry. */
export class PersistedOperationsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PersistedOperationsError';
  }
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The safelist of persisted operations: every operation the app sends, generated with its typed documents
 * (`npm run codegen -w @rongtong/miniapp` writes shared/persisted-operations.json, `{ sha256: text }`). Each entry
 * is checked once at start — the key is the SHA-256 of the text, the text parses and holds exactly one named
 * operation — so a request naming a listed hash runs exactly the text reviewed with the app.
 */
export class PersistedOperations {
  private readonly byHash: ReadonlyMap<string, PersistedOperation>;

  private constructor(operations: readonly PersistedOperation[]) {
    this.byHash = new Map(operations.map((operation) => [operation.hash, operation]));
  }

  /** Reads and checks the safelist file (PERSISTED_OPERATIONS_FILE). */
  static fromFile(file: string): PersistedOperations {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : '无法读取';
      throw new PersistedOperationsError(`已登记操作清单 ${file} ${reason}（PERSISTED_OPERATIONS_FILE；由 npm run codegen -w @rongtong/miniapp 生成）`);
    }
    let entries: unknown;
    try {
      entries = JSON.parse(text);
    } catch {
      throw new PersistedOperationsError(`已登记操作清单 ${file} 不是有效的 JSON`);
    }
    return PersistedOperations.fromEntries(entries, file);
  }

  /** Checks `{ sha256: text }` entries; `source` names them in the error messages. */
  static fromEntries(entries: unknown, source: string): PersistedOperations {
    if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) {
      throw new PersistedOperationsError(`已登记操作清单 ${source} 应为“哈希 → 操作文本”的 JSON 对象`);
    }
    const operations = Object.entries(entries).map(([hash, document]) => checked(hash, document, source));
    return new PersistedOperations(operations);
  }

  get size(): number {
    return this.byHash.size;
  }

  get(hash: string | undefined): PersistedOperation | undefined {
    return hash === undefined ? undefined : this.byHash.get(hash);
  }

  /** The listed operation of that name (names are unique in the app's documents). */
  find(operationName: string): PersistedOperation | undefined {
    for (const operation of this.byHash.values()) if (operation.operationName === operationName) return operation;
    return undefined;
  }

  has(hash: string | undefined): boolean {
    return this.get(hash) !== undefined;
  }

  /**
   * For Apollo's `persistedQueries.cache`: answers the text of a listed hash and nothing else. Apollo asks it for
   * `extensions.persistedQuery.sha256Hash` (under its `apq:` prefix); writes are ignored, so a client can never
   * add an operation to the list (Apollo would otherwise register any text sent with its own hash).
   */
  asReadOnlyCache(): NonNullable<PersistedQueryOptions['cache']> {
    return {
      get: async (key: string) => this.byHash.get(key.startsWith(APQ_PREFIX) ? key.slice(APQ_PREFIX.length) : key)?.document,
      set: async () => undefined,
      delete: async () => false,
    };
  }
}

/** The prefix Apollo Server puts before the hash in persisted-query cache keys (APQ_CACHE_PREFIX in @apollo/server). */
const APQ_PREFIX = 'apq:';

function checked(hash: string, document: unknown, source: string): PersistedOperation {
  const entry = `${source} 中的 ${hash.slice(0, 16)}`;
  if (!SHA256_HEX.test(hash)) throw new PersistedOperationsError(`${entry}：键应为 64 位小写十六进制的 SHA-256`);
  if (typeof document !== 'string') throw new PersistedOperationsError(`${entry}：值应为操作文本`);
  if (sha256Hex(document) !== hash) throw new PersistedOperationsError(`${entry}：操作文本的 SHA-256 与键不符`);
  let operationName: string | undefined;
  try {
    operationName = getOperationAST(parse(document))?.name?.value;
  } catch {
    throw new PersistedOperationsError(`${entry}：操作文本无法解析`);
  }
  if (!operationName) throw new PersistedOperationsError(`${entry}：应恰好包含一个具名操作`);
  return { hash, document, operationName };
}
