import { Module } from '@nestjs/common';
import { DataUseModule } from '../data-use/data-use.module';
import { ConsentsService } from './consents.service';

/** The consent ledger: grants, revocations, agreements; ConsentsService hands out consent handles to gov-data. */
@Module({
  imports: [DataUseModule],
  providers: [ConsentsService],
  exports: [ConsentsService],
})
export class ConsentsModule {}
