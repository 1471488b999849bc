import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function isWorkspaceRoot(dir: string): boolean {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return false;
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { workspaces?: unknown };
  return Array.isArray(pkg.workspaces);
}

/**
 * The repository root is the nearest ancestor whose package.json declares npm workspaces.
 * Resolved from this file's location (src/ under ts-node and jest, dist/src/ when compiled),
 * never from the process's working directory.
 */
export function findRepoRoot(startDir: string = __dirname): string {
  let dir = startDir;
  while (!isWorkspaceRoot(dir)) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`找不到仓库根目录: ${startDir} 之上没有声明 workspaces 的 package.json`);
    dir = parent;
  }
  return dir;
}
