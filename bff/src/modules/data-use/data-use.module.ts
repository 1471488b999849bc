import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { InstitutionsModule } from '../institutions/institutions.module';
import { DataUseRecordEntity } from './data-use-record.entity';
import { DataUseService } from './data-use.service';

/**
 * The data use log. gov-data records fetches and views through DataUseService.record, consents records grants and
 * revocations and serves the enterprise's list (数据使用记录) through its GraphQL surface.
 */
@Module({
  imports: [TypeOrmModule.forFeature([DataUseRecordEntity]), InstitutionsModule, AccountsModule],
  providers: [DataUseService],
  exports: [DataUseService],
})
export class DataUseModule {}
