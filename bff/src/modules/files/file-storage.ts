import { Inject, Injectable } from '@nestjs/common';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppConfig } from '../../infra/config/app-config';

const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Uploaded bytes on local disk (DESIGN §3), under the configured files directory, in a folder per first two
 * characters of the id. The path is built from the generated id alone, never from anything the client sent.
 */
@Injectable()
export class FileStorage {
  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  private pathOf(id: string): string {
    if (!ID_PATTERN.test(id)) throw new Error('file id must be a generated UUID');
    return join(this.config.filesDir, id.slice(0, 2), id);
  }

  /** Written to a temporary name and renamed, so a reader never sees half a file. */
  async write(id: string, bytes: Buffer): Promise<void> {
    const path = this.pathOf(id);
    await mkdir(join(this.config.filesDir, id.slice(0, 2)), { recursive: true, mode: 0o750 });
    const temporary = `${path}.part`;
    await writeFile(temporary, bytes, { mode: 0o640, flag: 'wx' });
    await rename(temporary, path);
  }

  async remove(id: string): Promise<void> {
    await rm(this.pathOf(id), { force: true });
  }

  read(id: string): ReadStream {
    return createReadStream(this.pathOf(id));
  }
}
