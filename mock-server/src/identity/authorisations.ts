import type { FieldError } from '@rongtong/shared';
import { isPlainObject } from '../json';
import { invalid, rejectUnknownKeys, valid, type Parsed } from '../validation';
import { findTestIdentity } from './identities';

/**
 * Which enterprise identities have had their authorisation withdrawn: the platform no longer vouches that the person
 * acts for the enterprise, so the claims of their next tokens (id_token and userinfo) name no enterprise (no `uscc`,
 * `enterprise_name`, `relation`) — they log in as the person alone. Restoring puts the enterprise claims back.
 */
export class EnterpriseAuthorisations {
  private readonly withdrawn = new Set<string>();

  isWithdrawn(sub: string): boolean {
    return this.withdrawn.has(sub);
  }

  withdraw(sub: string): void {
    this.withdrawn.add(sub);
  }

  restore(sub: string): void {
    this.withdrawn.delete(sub);
  }

  /** Restores every withdrawn authorisation; answers how many there were. */
  restoreAll(): number {
    const count = this.withdrawn.size;
    this.withdrawn.clear();
    return count;
  }

  /** The subjects whose authorisation is withdrawn, in the order they were withdrawn. */
  list(): string[] {
    return [...this.withdrawn];
  }
}

/** `{ "sub": … }` naming an enterprise identity (法人登录): only those have an authorisation to withdraw. */
export function parseAuthorisationSubject(input: unknown): Parsed<string> {
  if (!isPlainObject(input)) return invalid([{ field: 'body', message: '请求体必须是 JSON 对象' }]);
  const errors: FieldError[] = [];
  rejectUnknownKeys(input, ['sub'], '', errors);
  const identity = typeof input.sub === 'string' ? findTestIdentity(input.sub) : undefined;
  if (identity === undefined) errors.push({ field: 'sub', message: '没有这个测试身份，可从 GET /dev/host/identities 选择' });
  else if (identity.kind !== 'ENTERPRISE') errors.push({ field: 'sub', message: '该身份是个人身份，没有企业授权可以撤销或恢复' });
  return errors.length === 0 ? valid(String(input.sub)) : invalid(errors);
}
