import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DataUseEntry } from './data-use-entry';

/** The data use log (数据使用记录): every fetch, view, grant and revocation of an enterprise's data. */
@Injectable()
export class DataUseService {
  /** Appends one entry, inside the caller's transaction when a manager is given. */
  async record(entry: DataUseEntry, manager?: EntityManager): Promise<void> {
    void entry;
    void manager;
    throw new Error('DataUseService.record is being built (issue 12)');
  }
}
