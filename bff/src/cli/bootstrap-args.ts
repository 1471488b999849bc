/** What `npm run admin:bootstrap -- [用户名] [姓名] [--password-stdin]` was asked. */
export interface BootstrapArgs {
  username: string | undefined;
  displayName: string;
  /** Read the initial password from stdin instead of generating one (never from an argument: shell history). */
  passwordFromStdin: boolean;
}

export const DEFAULT_ADMIN_DISPLAY_NAME = '系统管理员';

export class BootstrapArgsError extends Error {
  override name = 'BootstrapArgsError';
}

const USAGE = '用法：npm run admin:bootstrap -- [用户名] [姓名] [--password-stdin]';

export function parseBootstrapArgs(args: readonly string[]): BootstrapArgs {
  const positional: string[] = [];
  let passwordFromStdin = false;
  for (const arg of args) {
    if (arg === '--password-stdin') passwordFromStdin = true;
    else if (/^--?password(=|$)/.test(arg)) throw new BootstrapArgsError(`不接受命令行中的密码（会留在命令历史里）：请用 --password-stdin 从标准输入读入。${USAGE}`);
    else if (arg.startsWith('-')) throw new BootstrapArgsError(`未知选项 ${arg}。${USAGE}`);
    else positional.push(arg);
  }
  if (positional.length > 2) throw new BootstrapArgsError(`参数过多。${USAGE}`);
  const [username, displayName] = positional;
  return { username, displayName: displayName ?? DEFAULT_ADMIN_DISPLAY_NAME, passwordFromStdin };
}

/** The first line of what was piped in, without its line ending. */
export function firstLine(input: string): string {
  return input.split(/\r?\n/, 1)[0] ?? '';
}
