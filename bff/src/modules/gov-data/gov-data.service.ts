import { Inject, Injectable } from '@nestjs/common';
import type { ConsentPurpose } from '@rongtong/shared';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { Clock } from '../../infra/clock/clock';
import { LOGGER } from '../../infra/logging/logging.module';
import { type ConsentGrantee, type ConsentHandle, institutionGrantee, platformGrantee } from '../consents/consent-handle';
import { ConsentErrorCode, ConsentException } from '../consents/consent.exception';
import { ConsentsService, type ConsentQuery } from '../consents/consents.service';
import type { DataUseEntry } from '../data-use/data-use-entry';
import { DataUseService } from '../data-use/data-use.service';
import type { GovDataSnapshotEntity, IncompleteReason } from './gov-data-snapshot.entity';
import { SnapshotStore, institutionOf } from './snapshot-store';
import { SourceConnector, type FetchFailure } from './source-connector';
import { RawFields } from './sources/raw-fields';
import type { GovSourceDescription } from './sources/source-description';

/** What became of one fetch. */
export type SourceOutcome = 'FETCHED' | 'PARTIAL' | 'FAILED' | 'TIMED_OUT' | 'CIRCUIT_OPEN' | 'REFUSED';

/** A snapshot as its readers see it: the record, when it was fetched, which day it describes, whether complete. */
export interface SnapshotView<Record> {
  source: string;
  consentId: string;
  purpose: ConsentPurpose;
  grantee: ConsentGrantee;
  /** null until a fetch succeeded. */
  record: Record | null;
  fetchedAt: Date | null;
  asOf: string | null;
  complete: boolean;
  incompleteReason: IncompleteReason | null;
  missingFields: string[];
  attemptedAt: Date;
}

export interface SourceFetch<Record = unknown> {
  source: string;
  outcome: SourceOutcome;
  /** Absent when refused (nothing may be read). */
  snapshot: SnapshotView<Record> | null;
}

/** Who asked for the fetch: a user (the refresh they pressed) or nobody (the schedule). */
export interface FetchActor {
  actorUserId: string | null;
}

/** A failed source is tried again this soon by the schedule, instead of after its freshness. */
export const FAILED_SOURCE_RETRY_MS = 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

const REASON_OF: Record<FetchFailure, IncompleteReason> = {
  TIMED_OUT: 'TIMED_OUT',
  CIRCUIT_OPEN: 'CIRCUIT_OPEN',
  UNAVAILABLE: 'FAILED',
  REFUSED: 'FAILED',
  TOO_LARGE: 'FAILED',
  MALFORMED: 'FAILED',
};

const OUTCOME_OF: Record<IncompleteReason, SourceOutcome> = {
  TIMED_OUT: 'TIMED_OUT',
  CIRCUIT_OPEN: 'CIRCUIT_OPEN',
  FAILED: 'FAILED',
  PARTIAL: 'PARTIAL',
};

/**
 * The data centre (数据中心): fetches a source of the government data exchange for one enterprise under one consent and
 * keeps the normalised record as that enterprise's snapshot of the source. Every entry point takes a ConsentHandle —
 * code without a consent does not compile — and re-checks it (`ConsentsService.stillActive`) right before the call and
 * before reading; every fetch is recorded in the data use log (OK / FAILED / REFUSED). A source that fails never fails
 * the caller: the snapshot says it is incomplete and why.
 */
@Injectable()
export class GovDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly consents: ConsentsService,
    private readonly dataUse: DataUseService,
    private readonly store: SnapshotStore,
    private readonly connector: SourceConnector,
    private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Looks up the consent (ConsentException CONSENT_REQUIRED when none is active — nothing is fetched) and fetches. */
  async fetchUnder<Record>(query: Omit<ConsentQuery, 'source'>, description: GovSourceDescription<Record>, actor: FetchActor): Promise<SourceFetch<Record>> {
    const handle = await this.consents.requireActive({ ...query, source: description.scope });
    return this.fetch(handle, description, actor);
  }

  /** Fetches the source under the handle's consent and stores the snapshot; never throws for what the source does. */
  async fetch<Record>(handle: ConsentHandle, description: GovSourceDescription<Record>, actor: FetchActor): Promise<SourceFetch<Record>> {
    if (!handle.sources.includes(description.scope)) return this.refuse(handle, description, actor, 'SCOPE_NOT_COVERED');
    if (!(await this.consents.stillActive(handle))) return this.refuse(handle, description, actor, 'CONSENT_INACTIVE');

    const started = performance.now();
    const result = await this.connector.fetch(description, handle.uscc, handle.reference);
    const now = this.clock.now();
    const log = { enterpriseId: handle.enterpriseId, source: description.key, attempts: result.attempts, ms: Math.round(performance.now() - started) };

    if (result.kind === 'FAILED') {
      const reason = REASON_OF[result.failure];
      const snapshot = await this.dataSource.transaction(async (manager) => {
        const row = await this.store.ensure(manager, handle, description.key, now);
        await this.store.saveFailure(manager, row, reason, now, dueBy(handle, now.getTime() + FAILED_SOURCE_RETRY_MS));
        await this.dataUse.record(this.entry(handle, description, actor, 'FAILED', result.detail), manager);
        return this.store.find(handle.enterpriseId, description.key, handle.consentId, manager);
      });
      this.logger.warn({ ...log, outcome: result.failure, detail: result.detail }, 'government data fetch failed');
      return { source: description.key, outcome: OUTCOME_OF[reason], snapshot: snapshot ? this.view<Record>(snapshot) : null };
    }

    const fields = new RawFields(result.envelope.data);
    const record = description.map(fields);
    const missing = [...new Set([...result.envelope.missing, ...fields.unreadable])].sort();
    if (!result.envelope.complete && missing.length === 0) missing.push('data');
    // A revocation that arrived during the call: the answer is not kept (the fetch itself is logged).
    if (!(await this.consents.stillActive(handle))) {
      await this.dataUse.record(this.entry(handle, description, actor, 'OK', 'DISCARDED_CONSENT_ENDED'));
      return { source: description.key, outcome: 'REFUSED', snapshot: null };
    }
    const snapshot = await this.dataSource.transaction(async (manager) => {
      const row = await this.store.ensure(manager, handle, description.key, now);
      await this.store.saveFetched(manager, row, {
        recordJson: JSON.stringify(record),
        requestId: result.envelope.requestId,
        asOf: result.envelope.asOf,
        missingFields: missing,
        fetchedAt: now,
        refreshDueAt: dueBy(handle, now.getTime() + description.freshnessHours * HOUR_MS),
      });
      await this.dataUse.record(this.entry(handle, description, actor, 'OK', missing.length > 0 ? 'PARTIAL' : undefined), manager);
      return this.store.find(handle.enterpriseId, description.key, handle.consentId, manager);
    });
    this.logger.info({ ...log, outcome: missing.length > 0 ? 'PARTIAL' : 'FETCHED', missing: missing.length }, 'government data fetched');
    return { source: description.key, outcome: missing.length > 0 ? 'PARTIAL' : 'FETCHED', snapshot: snapshot ? this.view<Record>(snapshot) : null };
  }

  /**
   * The snapshot of the source fetched under the handle's consent; null when none was fetched under it yet.
   * ConsentException CONSENT_REQUIRED when the consent no longer is active or does not cover the source: a revoked
   * consent's snapshots are unreadable at once.
   */
  async readSnapshot<Record>(handle: ConsentHandle, description: GovSourceDescription<Record>): Promise<SnapshotView<Record> | null> {
    if (!handle.sources.includes(description.scope) || !(await this.consents.stillActive(handle))) throw ConsentException.required();
    const snapshot = await this.store.find(handle.enterpriseId, description.key, handle.consentId);
    return snapshot ? this.view<Record>(snapshot) : null;
  }

  /**
   * A handle on an active consent covering this snapshot's source, grantee and purpose, or null. A snapshot whose
   * consent ended is refused (recorded REFUSED in the data use log) and removed; one superseded by another active
   * consent for the same use is removed (that consent's fetch replaces it). The refusal names `actor`: the user whose
   * refresh found the consent ended, or nobody for the schedule.
   */
  async settle(snapshot: GovDataSnapshotEntity, description: GovSourceDescription, actor: FetchActor): Promise<ConsentHandle | null> {
    const grantee = snapshot.granteeInstitutionId === null ? platformGrantee() : institutionGrantee(snapshot.granteeInstitutionId);
    const handle = await this.activeHandle({ enterpriseId: snapshot.enterpriseId, source: description.scope, grantee, purpose: snapshot.purpose });
    if (handle?.consentId === snapshot.consentId) return handle;
    await this.dataSource.transaction(async (manager) => {
      await this.store.remove(manager, snapshot);
      if (handle !== null) return;
      await this.dataUse.record(
        {
          enterpriseId: snapshot.enterpriseId,
          kind: 'FETCH',
          source: description.scope,
          purpose: snapshot.purpose,
          consentId: snapshot.consentId,
          institutionId: snapshot.granteeInstitutionId,
          actorUserId: actor.actorUserId,
          outcome: 'REFUSED',
          detail: detail(description, 'CONSENT_INACTIVE'),
        },
        manager,
      );
    });
    if (handle === null) this.logger.info({ enterpriseId: snapshot.enterpriseId, source: description.key }, 'government data refresh refused: consent no longer active');
    return handle;
  }

  /** `requireActive`, answering null instead of CONSENT_REQUIRED. */
  async activeHandle(query: ConsentQuery): Promise<ConsentHandle | null> {
    try {
      return await this.consents.requireActive(query);
    } catch (error) {
      if (error instanceof ConsentException && error.reason === ConsentErrorCode.CONSENT_REQUIRED) return null;
      throw error;
    }
  }

  private async refuse<Record>(handle: ConsentHandle, description: GovSourceDescription<Record>, actor: FetchActor, reason: string): Promise<SourceFetch<Record>> {
    await this.dataUse.record(this.entry(handle, description, actor, 'REFUSED', reason));
    this.logger.info({ enterpriseId: handle.enterpriseId, source: description.key, reason }, 'government data fetch refused');
    return { source: description.key, outcome: 'REFUSED', snapshot: null };
  }

  private entry(handle: ConsentHandle, description: GovSourceDescription, actor: FetchActor, outcome: DataUseEntry['outcome'], note?: string): DataUseEntry {
    return {
      enterpriseId: handle.enterpriseId,
      kind: 'FETCH',
      source: description.scope,
      purpose: handle.purpose,
      consentId: handle.consentId,
      institutionId: institutionOf(handle.grantee),
      actorUserId: actor.actorUserId,
      outcome,
      detail: detail(description, note),
    };
  }

  private view<Record>(snapshot: GovDataSnapshotEntity): SnapshotView<Record> {
    const json = this.store.recordJson(snapshot);
    return {
      source: snapshot.source,
      consentId: snapshot.consentId,
      purpose: snapshot.purpose,
      grantee: snapshot.granteeInstitutionId === null ? platformGrantee() : institutionGrantee(snapshot.granteeInstitutionId),
      record: json === null ? null : (JSON.parse(json) as Record),
      fetchedAt: snapshot.fetchedAt,
      asOf: snapshot.asOf,
      complete: snapshot.complete,
      incompleteReason: snapshot.incompleteReason,
      missingFields: snapshot.missingFields,
      attemptedAt: snapshot.attemptedAt,
    };
  }
}

/**
 * When the schedule looks at a snapshot again: at `atMs`, or when its consent expires if that is sooner — so the data
 * of an expired consent is refused and removed (and the register profile with it) within one scheduled round.
 */
function dueBy(handle: ConsentHandle, atMs: number): Date {
  return new Date(Math.min(atMs, Date.parse(handle.expiresAt)));
}

/** The data use log's note: the source key when it is not the consent scope itself, then the reason. */
function detail(description: GovSourceDescription, note?: string): string | undefined {
  const parts = [description.key !== description.scope ? `source:${description.key}` : null, note ?? null].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(' ') : undefined;
}
