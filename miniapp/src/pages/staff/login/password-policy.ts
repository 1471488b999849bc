export const MIN_PASSWORD_LENGTH = 10
export const MAX_PASSWORD_LENGTH = 64

/** Shown above the new password fields; the BFF applies the same rule (DESIGN §9). */
export const PASSWORD_POLICY_TEXT = '密码至少 10 位，须包含大写字母、小写字母、数字、符号中的至少三类，且不得包含用户名'

const CHARACTER_CLASSES: readonly RegExp[] = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/]

/** The first rule the password breaks, in Chinese, or null when it passes. */
export function passwordPolicyViolation(password: string, username: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `密码至少 ${MIN_PASSWORD_LENGTH} 位`
  if (password.length > MAX_PASSWORD_LENGTH) return `密码不能超过 ${MAX_PASSWORD_LENGTH} 位`
  if (/\s/.test(password)) return '密码不能包含空格'
  const classes = CHARACTER_CLASSES.filter((pattern) => pattern.test(password)).length
  if (classes < 3) return '密码须包含大写字母、小写字母、数字、符号中的至少三类'
  if (username !== '' && password.toLowerCase().includes(username.toLowerCase())) return '密码不能包含用户名'
  return null
}
