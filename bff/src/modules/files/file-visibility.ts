import { Injectable } from '@nestjs/common';

/** Says whether a file is readable by anyone, e.g. because published content references it. */
export type PublicFileCheck = (fileId: string) => Promise<boolean>;

/**
 * Modules that reference files (content attachments) register how to tell that a file has become public,
 * so the files module decides downloads without reaching into their tables.
 */
@Injectable()
export class FileVisibility {
  private readonly checks: PublicFileCheck[] = [];

  register(check: PublicFileCheck): void {
    this.checks.push(check);
  }

  async isPublic(fileId: string): Promise<boolean> {
    for (const check of this.checks) if (await check(fileId)) return true;
    return false;
  }
}
