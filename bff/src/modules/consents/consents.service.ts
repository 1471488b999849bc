import { Injectable } from '@nestjs/common';
import type { ConsentPurpose, DataSource } from '@rongtong/shared';
import { ConsentGranteeKind } from '@rongtong/shared';
import { Clock } from '../../infra/clock/clock';
import { EnterprisesService } from '../enterprises/enterprises.service';
import { institutionGrantee, platformGrantee, type ConsentGrantee, type ConsentHandle, type ConsentHandleFields } from './consent-handle';
import { ConsentException } from './consent.exception';
import { ConsentsRepository } from './consents.repository';
import type { DataConsentEntity } from './data-consent.entity';

/** What a data use needs covered: this enterprise's data from this source, for this grantee and purpose. */
export interface ConsentQuery {
  enterpriseId: string;
  source: DataSource;
  grantee: ConsentGrantee;
  purpose: ConsentPurpose;
  /**
   * The product a loan application is for: a consent naming another product does not cover it, one naming none does.
   * Absent: consents naming a product count too.
   */
  productId?: string;
}

/** The only place a ConsentHandle is made: from a consent row found active, frozen. */
function mintHandle(consent: DataConsentEntity, uscc: string): ConsentHandle {
  const grantee =
    consent.granteeKind === ConsentGranteeKind.INSTITUTION && consent.granteeInstitutionId !== null
      ? institutionGrantee(consent.granteeInstitutionId)
      : platformGrantee();
  const fields: ConsentHandleFields = {
    consentId: consent.id,
    reference: consent.reference,
    enterpriseId: consent.enterpriseId,
    uscc,
    sources: Object.freeze([...consent.sources]),
    purpose: consent.purpose,
    grantee: Object.freeze(grantee),
    expiresAt: consent.expiresAt.toISOString(),
  };
  return Object.freeze(fields) as ConsentHandle;
}

/**
 * The consent ledger as other modules see it (gov-data): a handle on an active consent, and whether it is still
 * active. Nothing reads a government source without a handle, and the handle is re-checked right before each fetch
 * and before fetched data is shown, so a revocation or an expiry stops both at once.
 */
@Injectable()
export class ConsentsService {
  constructor(
    private readonly repository: ConsentsRepository,
    private readonly enterprises: EnterprisesService,
    private readonly clock: Clock,
  ) {}

  /**
   * A handle on an active consent (granted, not expired, not revoked) of the enterprise covering the source, for
   * exactly this grantee and purpose; ConsentException CONSENT_REQUIRED when there is none.
   */
  async requireActive(query: ConsentQuery): Promise<ConsentHandle> {
    const consent = await this.repository.findActiveCovering(query, this.clock.now());
    if (consent === null) throw ConsentException.required();
    const enterprise = await this.enterprises.findById(consent.enterpriseId);
    if (enterprise === null) throw ConsentException.required();
    return mintHandle(consent, enterprise.uscc);
  }

  /** Whether the handle's consent is still active now: not revoked and not expired (read from the database). */
  stillActive(handle: ConsentHandle): Promise<boolean> {
    return this.repository.isActive(handle.consentId, this.clock.now());
  }
}
