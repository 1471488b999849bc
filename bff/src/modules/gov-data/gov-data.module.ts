import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsentsModule } from '../consents/consents.module';
import { DataUseModule } from '../data-use/data-use.module';
import { EnterprisesModule } from '../enterprises/enterprises.module';
import { EnterpriseRegisterProfileResolver } from './enterprise-register-profile.resolver';
import { GovExchangeClient } from './exchange/gov-exchange-client';
import { GovDataRefreshScheduler } from './gov-data-refresh.scheduler';
import { GovDataSnapshotEntity } from './gov-data-snapshot.entity';
import { GovDataService } from './gov-data.service';
import { GovernmentDataRefreshService } from './government-data-refresh.service';
import { GovernmentDataResolver } from './government-data.resolver';
import { RegisterProfilePresenter } from './register-profile.presenter';
import { RegisterProfileService } from './register-profile.service';
import { SnapshotStore } from './snapshot-store';
import { SourceConnector } from './source-connector';
import { GovSourceRegistry } from './source-registry';

/**
 * The data centre (数据中心): one declarative description per government data source, the signed exchange client with
 * retries and a circuit breaker per source, consent-gated fetches into per-enterprise snapshots, the register profile,
 * and its refresh — by the user and on a schedule. Other modules fetch and read through GovDataService with a
 * ConsentHandle.
 */
@Module({
  imports: [TypeOrmModule.forFeature([GovDataSnapshotEntity]), ConsentsModule, DataUseModule, EnterprisesModule],
  providers: [
    GovSourceRegistry,
    GovExchangeClient,
    SourceConnector,
    SnapshotStore,
    GovDataService,
    RegisterProfileService,
    RegisterProfilePresenter,
    GovernmentDataRefreshService,
    GovDataRefreshScheduler,
    GovernmentDataResolver,
    EnterpriseRegisterProfileResolver,
  ],
  exports: [GovDataService, GovSourceRegistry],
})
export class GovDataModule {}
