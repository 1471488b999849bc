import { pbkdf2Sync } from 'node:crypto';
import { hashPassword, needsRehash, PASSWORD_ITERATIONS, verifyPassword } from './password';

describe('PBKDF2-HMAC-SM3 passwords', () => {
  it('stores scheme, iterations, a 16-byte salt and a 32-byte key', async () => {
    const stored = await hashPassword('Rongtong@2026');
    const [scheme, iterations, salt, key] = stored.split('$');
    expect(scheme).toBe('pbkdf2-sm3');
    expect(Number(iterations)).toBe(PASSWORD_ITERATIONS);
    expect(Buffer.from(salt ?? '', 'base64')).toHaveLength(16);
    expect(Buffer.from(key ?? '', 'base64')).toHaveLength(32);
  });

  it('verifies the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('Rongtong@2026');
    await expect(verifyPassword('Rongtong@2026', stored)).resolves.toBe(true);
    await expect(verifyPassword('rongtong@2026', stored)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same', 1000)).not.toBe(await hashPassword('same', 1000));
  });

  it('is PBKDF2 with HMAC-SM3, interoperable with any implementation', async () => {
    const stored = await hashPassword('Rongtong@2026', 1000);
    const [, , salt, key] = stored.split('$');
    const expected = pbkdf2Sync('Rongtong@2026', Buffer.from(salt ?? '', 'base64'), 1000, 32, 'sm3');
    expect(Buffer.from(key ?? '', 'base64').equals(expected)).toBe(true);
  });

  it.each([
    '',
    'plain',
    'pbkdf2-sha256$100000$c2FsdHNhbHRzYWx0c2FsdA==$a2V5',
    'pbkdf2-sm3$abc$c2FsdHNhbHRzYWx0c2FsdA==$a2V5',
    'pbkdf2-sm3$999999999$c2FsdHNhbHRzYWx0c2FsdA==$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U=',
    'pbkdf2-sm3$1000$c2FsdA==$a2V5',
  ])('never verifies a malformed stored value (%p)', async (stored) => {
    await expect(verifyPassword('anything', stored)).resolves.toBe(false);
  });

  it('asks for a re-hash when the iteration count is below today’s', async () => {
    expect(needsRehash(await hashPassword('x', 1000))).toBe(true);
    expect(needsRehash(await hashPassword('x'))).toBe(false);
  });
});
