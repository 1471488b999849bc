import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ENTITIES } from '../../entities';
import { AppConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';
import { CommittedReads } from './committed-reads';
import { SqliteWriteQueue } from './sqlite-write-queue';

/** The TypeORM connection, the process's one SQLite write queue (see SqliteWriteQueue) and CommittedReads. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...buildDataSourceOptions(config.database, ENTITIES),
        retryAttempts: 3,
        retryDelay: 1000,
      }),
    }),
  ],
  providers: [SqliteWriteQueue, CommittedReads],
  exports: [SqliteWriteQueue, CommittedReads],
})
export class DatabaseModule {}
