import { Module } from '@nestjs/common';
import { DataUseService } from './data-use.service';

/** The data use log; gov-data records fetches and views through DataUseService, consents grants and revocations. */
@Module({
  providers: [DataUseService],
  exports: [DataUseService],
})
export class DataUseModule {}
