import { DEFAULT_FACE_MERCHANTS, parseFaceMerchants, type FaceMerchant } from './face/merchants';
import { parseFaultRules, type FaultRule } from './faults/fault-rule';
import { DEFAULT_GOV_APP_KEYS, parseGovAppKeys, type GovAppKey } from './gov/exchange/app-keys';
import { parseMonth } from './gov/model/months';
import { DEFAULT_OIDC_CLIENTS, parseOidcClients, type OidcClient } from './identity/clients';
import { MAX_SEED } from './random';
import type { Parsed } from './validation';

export interface MockConfig {
  port: number;
  host: string;
  seed: number;
  faults: FaultRule[];
  adminEnabled: boolean;
  /** Base URL the mock is reached at; undefined means `http://127.0.0.1:<listening port>`. */
  publicUrl: string | undefined;
  oidcClients: readonly OidcClient[];
  /** Callers of the government data exchange. */
  govAppKeys: readonly GovAppKey[];
  /** `YYYY-MM` the government data describes; undefined means the current month. */
  govAsOfMonth: string | undefined;
  /** Merchants of the face-verification provider (and its ID-card OCR). */
  faceMerchants: readonly FaceMerchant[];
}

export const DEFAULT_PORT = 4100;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_SEED = 1;

/** Every problem found, each naming its variable; the process refuses to start. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`配置有误：${problems.join('；')}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;
type Read<T> = { value: T } | { problem: string };

export function loadConfig(env: Env): MockConfig {
  const problems: string[] = [];
  const take = <T>(read: Read<T>, fallback: T): T => {
    if ('value' in read) return read.value;
    problems.push(read.problem);
    return fallback;
  };
  const config: MockConfig = {
    port: take(readPort(valueOf(env, 'MOCK_PORT')), DEFAULT_PORT),
    host: take(readHost(valueOf(env, 'MOCK_HOST')), DEFAULT_HOST),
    seed: take(readSeed(valueOf(env, 'MOCK_SEED')), DEFAULT_SEED),
    faults: take(readFaults(valueOf(env, 'MOCK_FAULTS')), []),
    adminEnabled: take(readAdmin(valueOf(env, 'MOCK_ADMIN')), true),
    publicUrl: take(readPublicUrl(valueOf(env, 'MOCK_PUBLIC_URL')), undefined),
    oidcClients: take(readOidcClients(valueOf(env, 'MOCK_OIDC_CLIENTS')), DEFAULT_OIDC_CLIENTS),
    govAppKeys: take(readGovAppKeys(valueOf(env, 'MOCK_GOV_APP_KEYS')), DEFAULT_GOV_APP_KEYS),
    govAsOfMonth: take(readGovAsOf(valueOf(env, 'MOCK_GOV_AS_OF')), undefined),
    faceMerchants: take(readFaceMerchants(valueOf(env, 'MOCK_FACE_MERCHANTS')), DEFAULT_FACE_MERCHANTS),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** An empty variable counts as unset, as shells and compose files often leave them. */
function valueOf(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === undefined || raw === '' ? undefined : raw;
}

function readPort(raw: string | undefined): Read<number> {
  if (raw === undefined) return { value: DEFAULT_PORT };
  const port = /^\d{1,5}$/.test(raw) ? Number(raw) : Number.NaN;
  if (port >= 0 && port <= 65535) return { value: port };
  return { problem: `MOCK_PORT 必须是 0–65535 之间的整数，当前为 "${raw}"` };
}

function readHost(raw: string | undefined): Read<string> {
  if (raw === undefined) return { value: DEFAULT_HOST };
  if (/^[^\s/]+$/.test(raw)) return { value: raw };
  return { problem: `MOCK_HOST 必须是主机名或 IP 地址，当前为 "${raw}"` };
}

function readSeed(raw: string | undefined): Read<number> {
  if (raw === undefined) return { value: DEFAULT_SEED };
  const seed = /^\d{1,10}$/.test(raw) ? Number(raw) : Number.NaN;
  if (seed >= 0 && seed <= MAX_SEED) return { value: seed };
  return { problem: `MOCK_SEED 必须是 0–${MAX_SEED} 之间的整数，当前为 "${raw}"` };
}

function readFaults(raw: string | undefined): Read<FaultRule[]> {
  return raw === undefined ? { value: [] } : readJson('MOCK_FAULTS', raw, parseFaultRules);
}

function readAdmin(raw: string | undefined): Read<boolean> {
  if (raw === undefined || raw === 'on') return { value: true };
  if (raw === 'off') return { value: false };
  return { problem: `MOCK_ADMIN 只能是 on 或 off，当前为 "${raw}"` };
}

function readPublicUrl(raw: string | undefined): Read<string | undefined> {
  if (raw === undefined) return { value: undefined };
  const problem = { problem: `MOCK_PUBLIC_URL 必须是 http:// 或 https:// 开头、不带查询串和 # 的网址，当前为 "${raw}"` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return problem;
  }
  const plain = /^https?:$/.test(url.protocol) && url.username === '' && url.password === '' && !/[?#]/.test(raw);
  return plain ? { value: raw.replace(/\/+$/, '') } : problem;
}

function readOidcClients(raw: string | undefined): Read<readonly OidcClient[]> {
  return raw === undefined ? { value: DEFAULT_OIDC_CLIENTS } : readJson('MOCK_OIDC_CLIENTS', raw, parseOidcClients);
}

function readGovAppKeys(raw: string | undefined): Read<readonly GovAppKey[]> {
  return raw === undefined ? { value: DEFAULT_GOV_APP_KEYS } : readJson('MOCK_GOV_APP_KEYS', raw, parseGovAppKeys);
}

function readFaceMerchants(raw: string | undefined): Read<readonly FaceMerchant[]> {
  return raw === undefined ? { value: DEFAULT_FACE_MERCHANTS } : readJson('MOCK_FACE_MERCHANTS', raw, parseFaceMerchants);
}

function readGovAsOf(raw: string | undefined): Read<string | undefined> {
  if (raw === undefined || parseMonth(raw) !== undefined) return { value: raw };
  return { problem: `MOCK_GOV_AS_OF 必须是 YYYY-MM 格式的月份，当前为 "${raw}"` };
}

/** A variable holding JSON that `parse` validates; a problem names the variable and the bad fields. */
function readJson<T>(name: string, raw: string, parse: (json: unknown) => Parsed<T>): Read<T> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { problem: `${name} 不是合法的 JSON` };
  }
  const parsed = parse(json);
  if (parsed.ok) return { value: parsed.value };
  const details = parsed.fields.map(({ field, message }) => `${field === 'body' ? '' : field} ${message}`.trim());
  return { problem: `${name} 有误：${details.join('，')}` };
}
