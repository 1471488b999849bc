import { Injectable } from '@nestjs/common';
import { DEFAULT_AGENT_CONSENT_PURPOSES, validateUscc } from '@rongtong/shared';
import { randomUUID } from 'node:crypto';
import type {
  ConsentPurpose,
  EnterpriseScale,
  EnterpriseType,
  RegistrationStatus,
  SmeIndicator,
  SmeUnclassifiedReason,
} from '@rongtong/shared';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { FieldCipher } from '../../infra/crypto/field-cipher';
import { EnterpriseBindingEntity } from './enterprise-binding.entity';
import { ENTERPRISE_FIELDS, EnterpriseEntity } from './enterprise.entity';
import { EnterpriseException } from './enterprise.exception';
import type { EnterpriseRelation } from './enterprise-relation';

export interface EnterpriseIdentity {
  uscc: string;
  name: string;
}

export type BindingWithEnterprise = EnterpriseBindingEntity & { enterprise: EnterpriseEntity };

/** What a policy reads of an enterprise to decide whether it is targeted. */
export type EnterpriseTargetProfile = Pick<EnterpriseEntity, 'id' | 'name' | 'industryCode' | 'scale' | 'type'>;

/** An empty list leaves that field unfiltered. */
export interface EnterpriseTargetFilter {
  scales: readonly EnterpriseScale[];
  types: readonly EnterpriseType[];
}

/**
 * The register profile as the government data exchange supplied it under a consent (gov-data): market registration,
 * and the scale by the 2011 SME classification from consented headcount and revenue. Unknown values are null.
 */
export interface RegisterProfileUpdate {
  legalRepresentative: string | null;
  regionCode: string | null;
  industryCode: string | null;
  type: EnterpriseType | null;
  establishedOn: string | null;
  registeredCapitalFen: number | null;
  registerStatus: RegistrationStatus | null;
  scale:
    | { scale: EnterpriseScale; basis: readonly SmeIndicator[] }
    | { scale: null; reason: SmeUnclassifiedReason; missing: readonly SmeIndicator[] };
  /** Where it came from: the consent, when it was fetched, the day it describes, the fields left out. */
  provenance: { consentId: string; purpose: ConsentPurpose; fetchedAt: Date; asOf: string; missingFields: readonly string[] };
}

/** An enterprise's register profile as the owner hands it out (gov-data shows it; the legal representative still sealed). */
export type EnterpriseRegisterRow = Pick<EnterpriseEntity, 'id'> & RegisterColumns;

type RegisterColumns = Pick<
  EnterpriseEntity,
  | 'legalRepresentativeCipher'
  | 'regionCode'
  | 'industryCode'
  | 'type'
  | 'establishedOn'
  | 'registeredCapitalFen'
  | 'registerStatus'
  | 'scale'
  | 'scaleBasis'
  | 'scaleUnclassifiedReason'
  | 'scaleMissingIndicators'
  | 'registerConsentId'
  | 'registerPurpose'
  | 'registerFetchedAt'
  | 'registerAsOf'
  | 'registerMissingFields'
>;

const NO_REGISTER_PROFILE: RegisterColumns = {
  legalRepresentativeCipher: null,
  regionCode: null,
  industryCode: null,
  type: null,
  establishedOn: null,
  registeredCapitalFen: null,
  registerStatus: null,
  scale: null,
  scaleBasis: [],
  scaleUnclassifiedReason: null,
  scaleMissingIndicators: [],
  registerConsentId: null,
  registerPurpose: null,
  registerFetchedAt: null,
  registerAsOf: null,
  registerMissingFields: [],
};

const MAX_NAME_LENGTH = 128;
const ID_CHUNK = 500;

/** Enterprises and who may act for them (active bindings). Writes take the caller's transaction manager. */
@Injectable()
export class EnterprisesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  /**
   * The enterprise with this USCC, created when new; its name follows the identity platform. Concurrent
   * first logins for one enterprise are safe: the insert ignores the unique-key clash and both read the row.
   */
  async upsertFromIdentity(manager: EntityManager, identity: EnterpriseIdentity): Promise<EnterpriseEntity> {
    const uscc = identity.uscc.trim().toUpperCase();
    const check = validateUscc(uscc);
    if (!check.ok) throw EnterpriseException.invalidUscc(check.reason);
    const name = identity.name.trim();
    if (name === '' || name.length > MAX_NAME_LENGTH) throw EnterpriseException.invalidName();

    const now = new Date();
    await manager
      .createQueryBuilder()
      .insert()
      .into(EnterpriseEntity)
      .values(emptyEnterprise(uscc, name, now))
      .orIgnore()
      .execute();
    const enterprise = await manager.findOneByOrFail(EnterpriseEntity, { uscc });
    if (enterprise.name !== name) {
      await manager.update(EnterpriseEntity, { id: enterprise.id }, { name, updatedAt: now });
      enterprise.name = name;
    }
    return enterprise;
  }

  /**
   * Binds the user to the enterprise, or brings an existing binding up to date: its relation, and active again if
   * it had been deactivated. Answers whether a deactivated binding was reactivated.
   */
  async bind(manager: EntityManager, userId: string, enterpriseId: string, relation: EnterpriseRelation): Promise<{ reactivated: boolean }> {
    const now = new Date();
    await manager
      .createQueryBuilder()
      .insert()
      .into(EnterpriseBindingEntity)
      .values({ id: randomUUID(), userId, enterpriseId, relation, createdAt: now, updatedAt: now, deactivatedAt: null })
      .orIgnore()
      .execute();
    const reactivated = await manager
      .createQueryBuilder()
      .update(EnterpriseBindingEntity)
      .set({ relation, deactivatedAt: null, updatedAt: now })
      .where('user_id = :userId AND enterprise_id = :enterpriseId AND deactivated_at IS NOT NULL', { userId, enterpriseId })
      .execute();
    await manager
      .createQueryBuilder()
      .update(EnterpriseBindingEntity)
      .set({ relation, updatedAt: now })
      .where('user_id = :userId AND enterprise_id = :enterpriseId AND relation <> :relation', { userId, enterpriseId, relation })
      .execute();
    return { reactivated: reactivated.affected === 1 };
  }

  /**
   * Deactivates the user's active bindings other than to `keptEnterpriseId` (none kept when null) at `now`, each by
   * a conditional update, and answers those this call deactivated (a concurrent login deactivating the same binding
   * reports it only once), with their enterprises.
   */
  async deactivateAllBut(manager: EntityManager, userId: string, keptEnterpriseId: string | null, now: Date): Promise<BindingWithEnterprise[]> {
    const active = await this.listBindings(userId, manager);
    const deactivated: BindingWithEnterprise[] = [];
    for (const binding of active) {
      if (binding.enterpriseId === keptEnterpriseId) continue;
      const result = await manager
        .createQueryBuilder()
        .update(EnterpriseBindingEntity)
        .set({ deactivatedAt: now, updatedAt: now })
        .where('id = :id AND deactivated_at IS NULL', { id: binding.id })
        .execute();
      if (result.affected !== 1) continue;
      binding.deactivatedAt = now;
      deactivated.push(binding);
    }
    return deactivated;
  }

  /** The user's active bindings (the enterprises they may act for now), oldest binding first. */
  async listBindings(userId: string, manager: EntityManager = this.dataSource.manager): Promise<BindingWithEnterprise[]> {
    const bindings = await manager.find(EnterpriseBindingEntity, {
      where: { userId, deactivatedAt: IsNull() },
      relations: { enterprise: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return bindings.filter((binding): binding is BindingWithEnterprise => binding.enterprise !== undefined);
  }

  /** The enterprise when the user is bound to it and the binding is active; null otherwise (unknown id included). */
  async findBound(userId: string, enterpriseId: string): Promise<EnterpriseEntity | null> {
    const binding = await this.dataSource.manager.findOne(EnterpriseBindingEntity, {
      where: { userId, enterpriseId, deactivatedAt: IsNull() },
      relations: { enterprise: true },
    });
    return binding?.enterprise ?? null;
  }

  /** The user's active binding to the enterprise (with its relation), read with the caller's manager; null when none. */
  findActiveBinding(userId: string, enterpriseId: string, manager: EntityManager = this.dataSource.manager): Promise<EnterpriseBindingEntity | null> {
    return manager.findOneBy(EnterpriseBindingEntity, { userId, enterpriseId, deactivatedAt: IsNull() });
  }

  /** The purposes agents of the enterprise may grant data consents for; null when there is no such enterprise. */
  async agentConsentPurposes(enterpriseId: string, manager: EntityManager = this.dataSource.manager): Promise<ConsentPurpose[] | null> {
    const row = await manager.findOne(EnterpriseEntity, { select: { id: true, agentConsentPurposes: true }, where: { id: enterpriseId } });
    return row ? row.agentConsentPurposes : null;
  }

  /**
   * Sets the purposes agents may grant data consents for, in the caller's transaction (the consents module lets only
   * the legal representative ask). Answers false when there is no such enterprise.
   */
  async setAgentConsentPurposes(manager: EntityManager, enterpriseId: string, purposes: readonly ConsentPurpose[]): Promise<boolean> {
    const result = await manager.update(EnterpriseEntity, { id: enterpriseId }, { agentConsentPurposes: [...purposes], updatedAt: new Date() });
    return result.affected === 1;
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<EnterpriseEntity | null> {
    return manager.findOneBy(EnterpriseEntity, { id });
  }

  /**
   * Writes the register profile the data exchange supplied (gov-data), in the caller's transaction; the legal
   * representative is encrypted for this row. Answers false when the enterprise does not exist.
   */
  async applyRegisterProfile(manager: EntityManager, enterpriseId: string, profile: RegisterProfileUpdate): Promise<boolean> {
    const { scale, provenance } = profile;
    const columns: RegisterColumns = {
      legalRepresentativeCipher:
        profile.legalRepresentative === null ? null : this.cipher.seal(ENTERPRISE_FIELDS.legalRepresentative, { id: enterpriseId }, profile.legalRepresentative),
      regionCode: profile.regionCode,
      industryCode: profile.industryCode,
      type: profile.type,
      establishedOn: profile.establishedOn,
      registeredCapitalFen: profile.registeredCapitalFen,
      registerStatus: profile.registerStatus,
      scale: scale.scale,
      scaleBasis: scale.scale === null ? [] : [...scale.basis],
      scaleUnclassifiedReason: scale.scale === null ? scale.reason : null,
      scaleMissingIndicators: scale.scale === null ? [...scale.missing] : [],
      registerConsentId: provenance.consentId,
      registerPurpose: provenance.purpose,
      registerFetchedAt: provenance.fetchedAt,
      registerAsOf: provenance.asOf,
      registerMissingFields: [...provenance.missingFields],
    };
    const result = await manager.update(EnterpriseEntity, { id: enterpriseId }, { ...columns, updatedAt: new Date() });
    return result.affected === 1;
  }

  /**
   * Removes the register profile fetched under `consentId` (no active consent covers it any more), in the caller's
   * transaction; a profile fetched meanwhile under another consent stays. Answers whether one was removed.
   */
  async clearRegisterProfile(manager: EntityManager, enterpriseId: string, consentId: string): Promise<boolean> {
    const result = await manager.update(EnterpriseEntity, { id: enterpriseId, registerConsentId: consentId }, { ...NO_REGISTER_PROFILE, updatedAt: new Date() });
    return result.affected === 1;
  }

  /** The legal representative of a register profile, decrypted (for masking in responses; never logged). */
  legalRepresentativeOf(enterprise: Pick<EnterpriseRegisterRow, 'id' | 'legalRepresentativeCipher'>): string | null {
    return this.cipher.open(ENTERPRISE_FIELDS.legalRepresentative, enterprise);
  }

  /** The target profile of every enterprise whose scale and type pass the filter, read with the caller's manager. */
  findTargetProfiles(manager: EntityManager, filter: EnterpriseTargetFilter): Promise<EnterpriseTargetProfile[]> {
    const query = manager.createQueryBuilder(EnterpriseEntity, 'e').select(['e.id', 'e.name', 'e.industryCode', 'e.scale', 'e.type']);
    if (filter.scales.length > 0) query.andWhere('e.scale IN (:...scales)', { scales: filter.scales });
    if (filter.types.length > 0) query.andWhere('e.type IN (:...types)', { types: filter.types });
    return query.getMany();
  }

  /**
   * Who may act for these enterprises now, read with the caller's manager: active bindings only (one the
   * identity platform withdrew keeps its row for history, not its messages).
   */
  async usersBoundTo(manager: EntityManager, enterpriseIds: readonly string[]): Promise<{ userId: string; enterpriseId: string }[]> {
    const chunks: string[][] = [];
    for (let start = 0; start < enterpriseIds.length; start += ID_CHUNK) chunks.push(enterpriseIds.slice(start, start + ID_CHUNK));
    const bindings = await Promise.all(
      chunks.map((ids) => manager.findBy(EnterpriseBindingEntity, { enterpriseId: In(ids), deactivatedAt: IsNull() })),
    );
    return bindings.flat().map(({ userId, enterpriseId }) => ({ userId, enterpriseId }));
  }
}

function emptyEnterprise(uscc: string, name: string, now: Date): Omit<EnterpriseEntity, 'stampCreation' | 'stampUpdate'> {
  return {
    id: randomUUID(),
    uscc,
    name,
    ...NO_REGISTER_PROFILE,
    agentConsentPurposes: [...DEFAULT_AGENT_CONSENT_PURPOSES],
    createdAt: now,
    updatedAt: now,
  };
}
