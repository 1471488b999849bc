import { Injectable } from '@nestjs/common';
import type { ConsentPurpose, DataSource } from '@rongtong/shared';
import type { ConsentGrantee, ConsentHandle } from './consent-handle';

/** What a data use needs covered: this enterprise's data from this source, for this grantee and purpose. */
export interface ConsentQuery {
  enterpriseId: string;
  source: DataSource;
  grantee: ConsentGrantee;
  purpose: ConsentPurpose;
}

/** The consent ledger (数据授权). */
@Injectable()
export class ConsentsService {
  /**
   * A handle on an active consent (granted, not expired, not revoked) covering the query's source, grantee and
   * purpose; ConsentException CONSENT_REQUIRED when there is none.
   */
  async requireActive(query: ConsentQuery): Promise<ConsentHandle> {
    void query;
    throw new Error('ConsentsService.requireActive is being built (issue 12)');
  }

  /** Whether the handle's consent is still active now (not revoked, not expired). */
  async stillActive(handle: ConsentHandle): Promise<boolean> {
    void handle;
    throw new Error('ConsentsService.stillActive is being built (issue 12)');
  }
}
