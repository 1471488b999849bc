import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { LoanApplicationAction, LoanApplicationState } from '@rongtong/shared';
import type { Logger } from 'pino';
import { AppConfig } from '../../infra/config/app-config';
import { Clock } from '../../infra/clock/clock';
import { LOGGER } from '../../infra/logging/logging.module';
import { ApplicationTransitions, SYSTEM_ACTOR } from './application-transitions';
import { ApplicationException, ApplicationErrorCode } from './application.exception';
import { ApplicationsRepository } from './applications.repository';

const DAY_MS = 86_400_000;
/** Applications expired per round at most; the next round takes the rest. */
export const EXPIRY_BATCH = 200;
const EXPIRING_STATES = [LoanApplicationState.SUBMITTED, LoanApplicationState.ACCEPTED] as const;

/**
 * Expires SUBMITTED and ACCEPTED applications nobody has acted on for APPLICATION_EXPIRY_DAYS: each by its own
 * compare-and-set (a reviewer acting at the same moment wins or loses cleanly), with its timeline event, audit entry and
 * a message to both sides. Runs every APPLICATION_EXPIRY_INTERVAL_MINUTES (0, the tests' default, turns the schedule
 * off; `expireDue` runs a round by hand). Several instances may run it: a lost compare-and-set is skipped.
 */
@Injectable()
export class ApplicationExpiry implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<number> = Promise.resolve(0);
  private running = false;

  constructor(
    private readonly repository: ApplicationsRepository,
    private readonly transitions: ApplicationTransitions,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.applications.expiryIntervalMinutes;
    if (minutes === 0) return;
    this.timer = setInterval(() => void this.tick(), minutes * 60_000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.round;
  }

  /** Starts a round unless one is running; never throws (a failure is logged). Answers how many expired. */
  tick(): Promise<number> {
    if (this.running) return this.round;
    this.running = true;
    this.round = this.expireDue()
      .catch((error: unknown) => {
        this.logger.error({ err: error }, 'loan application expiry round failed');
        return 0;
      })
      .finally(() => {
        this.running = false;
      });
    return this.round;
  }

  /** One round: every due application up to the batch size; answers how many this round expired. */
  async expireDue(): Promise<number> {
    const days = this.config.applications.expiryDays;
    const cutoff = new Date(this.clock.now().getTime() - days * DAY_MS);
    const due = await this.repository.dueForExpiry(EXPIRING_STATES, cutoff, EXPIRY_BATCH);
    let expired = 0;
    for (const application of due) {
      try {
        await this.transitions.apply(application, SYSTEM_ACTOR, {
          action: LoanApplicationAction.EXPIRE,
          to: LoanApplicationState.EXPIRED,
          note: `${days} 天内无人处理，申请已自动失效`,
          message: { title: '贷款申请已失效', body: `该申请 ${days} 天内无人处理，已自动失效`, audience: 'BOTH' },
          detail: { expiryDays: days },
        }, undefined);
        expired += 1;
      } catch (error) {
        // Someone acted on it since it was read: it is no longer due.
        if (error instanceof ApplicationException && error.reason === ApplicationErrorCode.CHANGED_MEANWHILE) continue;
        throw error;
      }
    }
    return expired;
  }
}
