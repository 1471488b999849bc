import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../infra/config/app-config';
import { Seeder, type SeedOutcome } from './seeder';

/** Seeds the demo data on start when SEED_ON_START is true; keeps the outcome for the start banner. */
export class SeedOnStart implements OnApplicationBootstrap {
  outcome: SeedOutcome = { applied: false };

  constructor(
    private readonly config: AppConfig,
    private readonly seeder: Seeder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.seedOnStart) this.outcome = await this.seeder.seed();
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
