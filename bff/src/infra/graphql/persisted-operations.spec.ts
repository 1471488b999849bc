import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRepoRoot } from '../config/repo-root';
import { PersistedOperations, PersistedOperationsError, sha256Hex } from './persisted-operations';

const REPO_ROOT = findRepoRoot();
const SAFELIST_FILE = join(REPO_ROOT, 'shared', 'persisted-operations.json');
const BANNERS = 'query HomeBanners { homeBanners { id title } }';
const LOGOUT = 'mutation Logout { logout }';

function listOf(...documents: string[]): Record<string, string> {
  return Object.fromEntries(documents.map((document) => [sha256Hex(document), document]));
}

function refusal(entries: unknown): string {
  try {
    PersistedOperations.fromEntries(entries, 'safelist.json');
  } catch (error) {
    expect(error).toBeInstanceOf(PersistedOperationsError);
    return (error as Error).message;
  }
  throw new Error('expected the safelist to be refused');
}

describe('PersistedOperations', () => {
  it('looks operations up by hash, with the name of their one operation', () => {
    const safelist = PersistedOperations.fromEntries(listOf(BANNERS, LOGOUT), 'safelist.json');
    expect(safelist.size).toBe(2);
    expect(safelist.get(sha256Hex(BANNERS))).toEqual({ hash: sha256Hex(BANNERS), document: BANNERS, operationName: 'HomeBanners' });
    expect(safelist.get(sha256Hex(LOGOUT))?.operationName).toBe('Logout');
    expect(safelist.has(sha256Hex(`${BANNERS} `))).toBe(false);
    expect(safelist.has(undefined)).toBe(false);
    expect(safelist.get('0'.repeat(64))).toBeUndefined();
  });

  it('refuses entries whose key is not the SHA-256 of their text, or whose text is not one named operation', () => {
    expect(refusal([BANNERS])).toBe('已登记操作清单 safelist.json 应为“哈希 → 操作文本”的 JSON 对象');
    expect(refusal({ [sha256Hex(LOGOUT)]: BANNERS })).toBe(`safelist.json 中的 ${sha256Hex(LOGOUT).slice(0, 16)}：操作文本的 SHA-256 与键不符`);
    expect(refusal({ [sha256Hex(BANNERS).toUpperCase()]: BANNERS })).toMatch(/键应为 64 位小写十六进制的 SHA-256$/);
    expect(refusal({ [sha256Hex('x')]: 42 })).toMatch(/值应为操作文本$/);
    expect(refusal(listOf('query Broken {'))).toMatch(/操作文本无法解析$/);
    expect(refusal(listOf('{ homeBanners { id } }'))).toMatch(/应恰好包含一个具名操作$/);
    expect(refusal(listOf('query A { me { id } } query B { me { id } }'))).toMatch(/应恰好包含一个具名操作$/);
  });

  it('names the file when it is missing or not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rt-safelist-'));
    try {
      expect(() => PersistedOperations.fromFile(join(dir, 'none.json'))).toThrow(`已登记操作清单 ${join(dir, 'none.json')} 文件不存在`);
      writeFileSync(join(dir, 'bad.json'), '{ "a": ');
      expect(() => PersistedOperations.fromFile(join(dir, 'bad.json'))).toThrow(`已登记操作清单 ${join(dir, 'bad.json')} 不是有效的 JSON`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves Apollo as a cache that answers listed hashes and never learns a new one', async () => {
    const cache = PersistedOperations.fromEntries(listOf(BANNERS), 'safelist.json').asReadOnlyCache();
    expect(await cache.get(`apq:${sha256Hex(BANNERS)}`)).toBe(BANNERS);
    const smuggled = '{ staffAccounts { id } }';
    await cache.set(`apq:${sha256Hex(smuggled)}`, smuggled);
    expect(await cache.get(`apq:${sha256Hex(smuggled)}`)).toBeUndefined();
    await cache.delete(`apq:${sha256Hex(BANNERS)}`);
    expect(await cache.get(`apq:${sha256Hex(BANNERS)}`)).toBe(BANNERS);
  });

  it('loads the committed safelist: every operation of the app (query-limits.rule.spec.ts validates each)', () => {
    const safelist = PersistedOperations.fromFile(SAFELIST_FILE);
    const entries = Object.keys(JSON.parse(readFileSync(SAFELIST_FILE, 'utf8')) as Record<string, string>);
    expect(safelist.size).toBe(entries.length);
    expect(safelist.size).toBeGreaterThan(40);
    expect(entries.map((hash) => safelist.get(hash)?.operationName)).toEqual(expect.arrayContaining(['HomeBanners', 'StaffLogin', 'MarketProducts']));
  });
});
