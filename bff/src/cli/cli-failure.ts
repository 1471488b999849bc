import { ConfigError } from '../infra/config/load-config';

/**
 * The end of a command-line tool that failed: a bad configuration names its variables and exits 78 (EX_CONFIG);
 * anything else is written after `title` as `detail` words it, and exits 1.
 */
export function exitWithFailure(error: unknown, title: string, detail: (error: unknown) => string): never {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78);
  }
  process.stderr.write(`${title}：${detail(error)}\n`);
  process.exit(1);
}
