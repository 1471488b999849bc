import { generateInitialPassword, passwordPolicyViolation } from './password-policy';

describe('staff password policy', () => {
  it('accepts ten characters with three classes', () => {
    expect(passwordPolicyViolation('Rongtong@2026', 'operator')).toBeNull();
    expect(passwordPolicyViolation('abcdefgh1!', 'operator')).toBeNull();
    expect(passwordPolicyViolation('ABCDEFGH1!', 'operator')).toBeNull();
  });

  it('names what is wrong, in Chinese', () => {
    expect(passwordPolicyViolation('Ab1!', 'x')).toBe('密码至少 10 位');
    expect(passwordPolicyViolation('abcdefghij12', 'x')).toBe('密码须包含大写字母、小写字母、数字、符号中的至少三类');
    expect(passwordPolicyViolation('Operator@2026', 'operator')).toBe('密码不能包含用户名');
    expect(passwordPolicyViolation('Abc 123456!', 'x')).toBe('密码不能包含空格');
    expect(passwordPolicyViolation(`Aa1!${'x'.repeat(70)}`, 'x')).toBe('密码不能超过 64 位');
  });

  it('generates initial passwords that pass the policy, all different', () => {
    const passwords = Array.from({ length: 50 }, () => generateInitialPassword('zhangsan'));
    for (const password of passwords) {
      expect(password).toHaveLength(16);
      expect(passwordPolicyViolation(password, 'zhangsan')).toBeNull();
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/[0-9]/);
      expect(password).toMatch(/[^A-Za-z0-9]/);
    }
    expect(new Set(passwords).size).toBe(passwords.length);
  });
});
