import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../../infra/config/app-config';
import { FaceVerificationService } from './face-verification.service';

/** How often open orders past their ten minutes are marked EXPIRED (reads expire them too). */
export const FACE_EXPIRY_SWEEP_MS = 60_000;

/** The scheduled expiry sweep; off in tests, which sweep by hand (FaceVerificationService.expireOverdue). */
@Injectable()
export class FaceVerificationExpiry implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('FaceVerificationExpiry');
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly config: AppConfig,
    private readonly faces: FaceVerificationService,
  ) {}

  onModuleInit(): void {
    if (this.config.nodeEnv === 'test') return;
    this.timer = setInterval(() => void this.sweep(), FACE_EXPIRY_SWEEP_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One round; never overlaps the previous one, and a failure is logged, not thrown. */
  async sweep(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const expired = await this.faces.expireOverdue();
      if (expired > 0) this.logger.log(`${expired} face verifications expired`);
    } catch (error) {
      this.logger.warn(`face verification expiry failed: ${error instanceof Error ? error.name : 'error'}`);
    } finally {
      this.running = false;
    }
  }
}
