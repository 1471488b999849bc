import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveStaticFile } from './static-files.middleware';

describe('resolveStaticFile', () => {
  let root: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'rt-h5-'));
    mkdirSync(join(root, 'js'));
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    writeFileSync(join(root, 'js', 'app.js'), '');
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds files under the root', () => {
    expect(resolveStaticFile(root, '/js/app.js')).toBe(join(root, 'js', 'app.js'));
    expect(resolveStaticFile(root, '/index.html')).toBe(join(root, 'index.html'));
  });

  it('refuses directories, missing files and escapes from the root', () => {
    expect(resolveStaticFile(root, '/js')).toBeUndefined();
    expect(resolveStaticFile(root, '/missing.js')).toBeUndefined();
    expect(resolveStaticFile(root, '/../../etc/passwd')).toBeUndefined();
    expect(resolveStaticFile(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(resolveStaticFile(root, '/js/%00app.js')).toBeUndefined();
    expect(resolveStaticFile(root, '/%E0%A4%A')).toBeUndefined();
  });
});
