import { Injectable } from '@nestjs/common';
import { CONSENT_PURPOSES, classifySmeScale, DataSource as Source, type ConsentPurpose } from '@rongtong/shared';
import { DataSource } from 'typeorm';
import { platformGrantee, type ConsentHandle } from '../consents/consent-handle';
import { ConsentErrorCode, ConsentException } from '../consents/consent.exception';
import { EnterprisesService, type EnterpriseRegisterRow } from '../enterprises/enterprises.service';
import { GovDataService, type SnapshotView } from './gov-data.service';
import { GovSourceRegistry, type GovRecordMap } from './source-registry';
import { latestInsuredHeadcount } from './sources/social-security.source';
import { latestAnnualRevenueFen } from './sources/tax.source';

/**
 * The enterprise's register profile (企业信息): after a consented market-registration fetch for the platform (any
 * purpose) the enterprise record holds region, industry, type, established date, registered capital, status and the
 * legal representative (encrypted), and the scale by the 2011 SME classification from the insured headcount (social
 * security) and the last full year's revenue (tax) when those are consented too — never guessed. Written through
 * EnterprisesService, so recommendation and policy push read it; shown only while its consent is active.
 */
@Injectable()
export class RegisterProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly govData: GovDataService,
    private readonly registry: GovSourceRegistry,
    private readonly enterprises: EnterprisesService,
  ) {}

  /**
   * A handle on an active consent of the enterprise for the platform covering `source`, for any purpose (the purposes
   * given first), or null.
   */
  async platformHandle(enterpriseId: string, source: Source, preferred: readonly ConsentPurpose[] = []): Promise<ConsentHandle | null> {
    for (const purpose of [...new Set([...preferred, ...CONSENT_PURPOSES])]) {
      const handle = await this.govData.activeHandle({ enterpriseId, source, grantee: platformGrantee(), purpose });
      if (handle) return handle;
    }
    return null;
  }

  /**
   * Writes the profile from the snapshots the platform may read now, or removes it when market registration is no
   * longer consented. Answers whether the enterprise now has a profile.
   */
  async update(enterpriseId: string): Promise<boolean> {
    const enterprise = await this.enterprises.findById(enterpriseId);
    if (!enterprise) return false;
    const preferred = enterprise.registerPurpose ? [enterprise.registerPurpose] : [];
    const registration = await this.readable(enterpriseId, Source.MARKET_REGISTRATION, preferred);
    const record = registration?.record ?? null;
    if (!registration || record === null || registration.fetchedAt === null || registration.asOf === null) {
      if (enterprise.registerConsentId === null) return false;
      const consentId = enterprise.registerConsentId;
      await this.dataSource.transaction((manager) => this.enterprises.clearRegisterProfile(manager, enterpriseId, consentId));
      return false;
    }
    const [socialSecurity, tax] = await Promise.all([
      this.readable(enterpriseId, Source.SOCIAL_SECURITY, preferred),
      this.readable(enterpriseId, Source.TAX, preferred),
    ]);
    const scale = classifySmeScale({
      industryCode: record.industryCode,
      headcount: latestInsuredHeadcount(socialSecurity?.record ?? null),
      revenueFen: latestAnnualRevenueFen(tax?.record ?? null),
    });
    const { fetchedAt, asOf } = registration;
    return this.dataSource.transaction((manager) =>
      this.enterprises.applyRegisterProfile(manager, enterpriseId, {
        legalRepresentative: record.legalRepresentative,
        regionCode: record.regionCode,
        industryCode: record.industryCode,
        type: record.type,
        establishedOn: record.establishedOn,
        registeredCapitalFen: record.registeredCapitalFen,
        registerStatus: record.status,
        scale,
        provenance: { consentId: registration.consentId, purpose: registration.purpose, fetchedAt, asOf, missingFields: registration.missingFields },
      }),
    );
  }

  /**
   * The enterprise's profile for display, only while the consent it was fetched under is active (a revocation hides
   * it at once); null otherwise.
   */
  async visibleProfile<Row extends EnterpriseRegisterRow>(enterprise: Row): Promise<Row | null> {
    const { registerConsentId, registerPurpose } = enterprise;
    if (registerConsentId === null || registerPurpose === null) return null;
    const handle = await this.govData.activeHandle({
      enterpriseId: enterprise.id,
      source: Source.MARKET_REGISTRATION,
      grantee: platformGrantee(),
      purpose: registerPurpose,
    });
    return handle?.consentId === registerConsentId ? enterprise : null;
  }

  /** The platform's readable snapshot of one of the seven sources, under an active consent; null when none. */
  private async readable<K extends Source>(enterpriseId: string, source: K, preferred: readonly ConsentPurpose[]): Promise<SnapshotView<GovRecordMap[K]> | null> {
    const handle = await this.platformHandle(enterpriseId, source, preferred);
    if (!handle) return null;
    try {
      return await this.govData.readSnapshot(handle, this.registry.standard(source));
    } catch (error) {
      // Revoked or expired between the look-up and the read: nothing to read.
      if (error instanceof ConsentException && error.reason === ConsentErrorCode.CONSENT_REQUIRED) return null;
      throw error;
    }
  }
}
