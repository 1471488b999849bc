import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { AppConfig } from '../../infra/config/app-config';
import { LOGGER } from '../../infra/logging/logging.module';
import { GovernmentDataRefreshService } from './government-data-refresh.service';

/**
 * Runs the scheduled refresh every GOV_DATA_REFRESH_INTERVAL_MINUTES (default daily; 0, the tests' default, turns it
 * off): consented data is fetched again once its freshness has passed, and data whose consent ended is refused and
 * removed. Several BFF instances may run it: each due snapshot is claimed by one. A round never overlaps the next.
 */
@Injectable()
export class GovDataRefreshScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<void> = Promise.resolve();
  private running = false;

  constructor(
    private readonly refresh: GovernmentDataRefreshService,
    private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.govExchange.refreshIntervalMinutes;
    if (minutes === 0) return;
    this.timer = setInterval(() => this.tick(), minutes * 60_000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.round;
  }

  /** Starts a round unless one is still running; never throws (a failure is logged). */
  tick(): Promise<void> {
    if (this.running) return this.round;
    this.running = true;
    this.round = this.refresh
      .runScheduled()
      .then(
        () => undefined,
        (error: unknown) => {
          this.logger.error({ err: error }, 'scheduled government data refresh failed');
        },
      )
      .finally(() => {
        this.running = false;
      });
    return this.round;
  }
}
