import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../infra/config/app-config';
import { Seeder, type DemoSeedOutcome, type ReferenceSeedOutcome } from './seeder';

export interface SeedOnStartOutcome {
  reference: ReferenceSeedOutcome;
  demo: DemoSeedOutcome;
}

/**
 * SEED_ON_START: the reference data set everywhere; the demo data set (fictional institutions, demo accounts with
 * a public password and TOTP secret) only in development and test — production never creates it, whatever the
 * setting. Keeps the outcome for the start banner.
 */
export class SeedOnStart implements OnApplicationBootstrap {
  outcome: SeedOnStartOutcome = { reference: { applied: false }, demo: { applied: false } };

  constructor(
    private readonly config: AppConfig,
    private readonly seeder: Seeder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedOnStart) return;
    const reference = await this.seeder.seedReference();
    const demo: DemoSeedOutcome = this.config.isProduction ? { applied: false } : await this.seeder.seedDemo();
    this.outcome = { reference, demo };
  }
}

@Module({
  providers: [
    Seeder,
    {
      provide: SeedOnStart,
      inject: [AppConfig, Seeder],
      useFactory: (config: AppConfig, seeder: Seeder) => new SeedOnStart(config, seeder),
    },
  ],
  exports: [Seeder, SeedOnStart],
})
export class SeedModule {}
