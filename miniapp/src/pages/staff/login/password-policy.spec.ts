import { passwordPolicyViolation } from './password-policy'

describe('staff password policy', () => {
  it('accepts ten or more characters from three classes that do not contain the username', () => {
    expect(passwordPolicyViolation('Rongtong@2026', 'operator')).toBeNull()
    expect(passwordPolicyViolation('huaihe-river-2026', 'operator')).toBeNull()
  })

  it('names the first rule a password breaks', () => {
    expect(passwordPolicyViolation('Ab1!', 'operator')).toBe('密码至少 10 位')
    expect(passwordPolicyViolation('abcdefghij12', 'operator')).toBe('密码须包含大写字母、小写字母、数字、符号中的至少三类')
    expect(passwordPolicyViolation('Fuyang 2026!', 'operator')).toBe('密码不能包含空格')
    expect(passwordPolicyViolation('My-Operator-2026', 'operator')).toBe('密码不能包含用户名')
    expect(passwordPolicyViolation(`Aa1!${'x'.repeat(61)}`, 'operator')).toBe('密码不能超过 64 位')
  })
})
