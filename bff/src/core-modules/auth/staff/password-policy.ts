import { randomInt } from 'node:crypto';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 64;
const REQUIRED_CLASSES = 3;

const CLASSES: ReadonlyArray<{ test: RegExp; alphabet: string }> = [
  { test: /[A-Z]/, alphabet: 'ABCDEFGHJKLMNPQRSTUVWXYZ' },
  { test: /[a-z]/, alphabet: 'abcdefghijkmnpqrstuvwxyz' },
  { test: /[0-9]/, alphabet: '23456789' },
  { test: /[^A-Za-z0-9]/, alphabet: '!@#$%^&*-_=+?' },
];

/**
 * DESIGN §9 staff password rule: at least 10 characters, three of upper case, lower case, digits and
 * symbols, and not containing the username. Returns the Chinese reason, or null when the password passes.
 */
export function passwordPolicyViolation(password: string, username: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `密码至少 ${MIN_PASSWORD_LENGTH} 位`;
  if (password.length > MAX_PASSWORD_LENGTH) return `密码不能超过 ${MAX_PASSWORD_LENGTH} 位`;
  if (/\s/.test(password)) return '密码不能包含空格';
  const classes = CLASSES.filter(({ test }) => test.test(password)).length;
  if (classes < REQUIRED_CLASSES) return '密码须包含大写字母、小写字母、数字、符号中的至少三类';
  if (username !== '' && password.toLowerCase().includes(username.toLowerCase())) return '密码不能包含用户名';
  return null;
}

function pick(alphabet: string): string {
  return alphabet[randomInt(alphabet.length)];
}

/** A 16-character password with all four classes (no look-alike characters), shown once to the creator. */
export function generateInitialPassword(username: string, length = 16): string {
  for (;;) {
    const characters = CLASSES.map(({ alphabet }) => pick(alphabet));
    const all = CLASSES.map(({ alphabet }) => alphabet).join('');
    while (characters.length < length) characters.push(pick(all));
    for (let index = characters.length - 1; index > 0; index -= 1) {
      const other = randomInt(index + 1);
      [characters[index], characters[other]] = [characters[other], characters[index]];
    }
    const password = characters.join('');
    if (passwordPolicyViolation(password, username) === null) return password;
  }
}
