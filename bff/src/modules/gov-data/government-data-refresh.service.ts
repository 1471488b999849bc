import { Inject, Injectable } from '@nestjs/common';
import { ConsentGranteeKind } from '@rongtong/shared';
import type { Logger } from 'pino';
import { Clock } from '../../infra/clock/clock';
import { LOGGER } from '../../infra/logging/logging.module';
import { GovDataService, type FetchActor, type SnapshotView, type SourceOutcome } from './gov-data.service';
import { RegisterProfileService } from './register-profile.service';
import { SnapshotStore } from './snapshot-store';
import { GovSourceRegistry } from './source-registry';
import type { GovSourceDescription } from './sources/source-description';

/**
 * What a user-triggered refresh did with one source: one of the fetch outcomes, or NOT_CONSENTED (no active consent
 * for the platform covers it; nothing fetched) or RECENT (fetched completely under the same consent within the last
 * minute; not fetched again).
 */
export type RefreshOutcome = SourceOutcome | 'NOT_CONSENTED' | 'RECENT';

export interface SourceRefresh {
  description: GovSourceDescription;
  outcome: RefreshOutcome;
  snapshot: SnapshotView<unknown> | null;
}

export interface EnterpriseRefresh {
  enterpriseId: string;
  sources: SourceRefresh[];
}

/** A source fetched completely this recently, under the same consent, is not fetched again by a user's refresh. */
export const REFRESH_COOLDOWN_MS = 60_000;
/** A claimed due snapshot is left to its claimant this long before another refresher may take it. */
const CLAIM_LEASE_MS = 10 * 60_000;
const SCHEDULED_BATCH = 100;
/** The schedule acts for nobody: its fetches and refusals show 系统 in the data use log. */
const SCHEDULE: FetchActor = { actorUserId: null };

/**
 * Refreshing the platform's government data of an enterprise: by the user (refreshGovernmentData) — every source an
 * active consent for the platform covers, in parallel, then the register profile — and on the schedule — every
 * snapshot due by its freshness, under the consent it was fetched for. A snapshot whose consent ended is refused
 * (recorded REFUSED) and removed, and the register profile follows.
 */
@Injectable()
export class GovernmentDataRefreshService {
  private readonly inFlight = new Map<string, Promise<EnterpriseRefresh>>();

  constructor(
    private readonly govData: GovDataService,
    private readonly profiles: RegisterProfileService,
    private readonly registry: GovSourceRegistry,
    private readonly store: SnapshotStore,
    private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** One refresh per enterprise at a time in this process: a second request while one runs shares its result. */
  refreshEnterprise(enterpriseId: string, actorUserId: string | null): Promise<EnterpriseRefresh> {
    const running = this.inFlight.get(enterpriseId);
    if (running) return running;
    const refresh = this.runRefresh(enterpriseId, actorUserId).finally(() => this.inFlight.delete(enterpriseId));
    this.inFlight.set(enterpriseId, refresh);
    return refresh;
  }

  private async runRefresh(enterpriseId: string, actorUserId: string | null): Promise<EnterpriseRefresh> {
    const sources = await Promise.all(this.registry.all().map((description) => this.refreshSource(enterpriseId, description, actorUserId)));
    await this.profiles.update(enterpriseId);
    return { enterpriseId, sources };
  }

  private async refreshSource(enterpriseId: string, description: GovSourceDescription, actorUserId: string | null): Promise<SourceRefresh> {
    const held = await this.store.findForPlatform(enterpriseId, description.key);
    let refused = false;
    for (const snapshot of held) if ((await this.govData.settle(snapshot, description, { actorUserId })) === null) refused = true;
    const handle = await this.profiles.platformHandle(enterpriseId, description.scope, held.map((snapshot) => snapshot.purpose));
    if (!handle) return { description, outcome: refused ? 'REFUSED' : 'NOT_CONSENTED', snapshot: null };

    const current = await this.store.find(enterpriseId, description.key, handle.consentId);
    const fetchedAt = current?.complete ? current.fetchedAt : null;
    if (fetchedAt !== null && this.clock.now().getTime() - fetchedAt.getTime() < REFRESH_COOLDOWN_MS) {
      return { description, outcome: 'RECENT', snapshot: await this.govData.readSnapshot(handle, description) };
    }
    const fetched = await this.govData.fetch(handle, description, { actorUserId });
    return { description, outcome: fetched.outcome, snapshot: fetched.snapshot };
  }

  /**
   * One round of the schedule: every snapshot due at `now` (up to a batch) is claimed, settled against the consents
   * and fetched again under its consent; the register profiles of the enterprises touched are brought up to date.
   * Answers how many snapshots were fetched and how many refused.
   */
  async runScheduled(now: Date = this.clock.now()): Promise<{ fetched: number; refused: number }> {
    const due = await this.store.findDue(now, SCHEDULED_BATCH);
    const touched = new Set<string>();
    let fetched = 0;
    let refused = 0;
    for (const snapshot of due) {
      if (!(await this.store.claim(snapshot, new Date(now.getTime() + CLAIM_LEASE_MS)))) continue;
      const description = this.registry.find(snapshot.source);
      if (!description) continue;
      const handle = await this.govData.settle(snapshot, description, SCHEDULE);
      if (snapshot.granteeKind === ConsentGranteeKind.PLATFORM) touched.add(snapshot.enterpriseId);
      if (!handle) {
        refused += 1;
        continue;
      }
      await this.govData.fetch(handle, description, SCHEDULE);
      fetched += 1;
    }
    for (const enterpriseId of touched) await this.profiles.update(enterpriseId);
    if (due.length > 0) this.logger.info({ due: due.length, fetched, refused }, 'scheduled government data refresh');
    return { fetched, refused };
  }
}
