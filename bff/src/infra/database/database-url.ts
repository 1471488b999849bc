import { isAbsolute, resolve } from 'node:path';

export type DatabaseDialect = 'sqlite' | 'mysql';

export interface SqliteTarget {
  dialect: 'sqlite';
  /** Absolute file path, or ':memory:'. */
  file: string;
}

export interface MysqlTarget {
  dialect: 'mysql';
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
}

export type DatabaseTarget = SqliteTarget | MysqlTarget;

export class DatabaseUrlError extends Error {}

function parseSqlite(rest: string, baseDir: string): SqliteTarget {
  const file = rest.replace(/^\/\//, '');
  if (file === '') throw new DatabaseUrlError('sqlite: 后面必须跟数据库文件路径');
  if (file === ':memory:') return { dialect: 'sqlite', file };
  return { dialect: 'sqlite', file: isAbsolute(file) ? file : resolve(baseDir, file) };
}

function parseMysql(url: string): MysqlTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseUrlError('不是合法的 mysql:// 地址');
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!parsed.hostname) throw new DatabaseUrlError('mysql:// 地址缺少主机名');
  if (!/^[A-Za-z0-9_]{1,64}$/.test(database)) {
    throw new DatabaseUrlError('mysql:// 地址必须以数据库名结尾,例如 mysql://user:pass@host:3306/rongtong');
  }
  return {
    dialect: 'mysql',
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 3306,
    user: decodeURIComponent(parsed.username || 'root'),
    password: decodeURIComponent(parsed.password),
    database,
  };
}

/**
 * `sqlite:<file>` (relative paths resolve against `baseDir`, the repository root) or
 * `mysql://user:pass@host:port/database`.
 */
export function parseDatabaseUrl(url: string, baseDir: string): DatabaseTarget {
  if (url.startsWith('sqlite:')) return parseSqlite(url.slice('sqlite:'.length), baseDir);
  if (url.startsWith('mysql://')) return parseMysql(url);
  throw new DatabaseUrlError('必须以 sqlite: 或 mysql:// 开头');
}

/** The server URL without the database name, for creating and dropping databases. */
export function mysqlServerUrl(target: MysqlTarget): string {
  const auth = target.password
    ? `${encodeURIComponent(target.user)}:${encodeURIComponent(target.password)}`
    : encodeURIComponent(target.user);
  return `mysql://${auth}@${target.host}:${target.port}`;
}
