import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ENTITIES } from '../../entities';
import { AppConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';
import { SqliteWriteQueue } from './sqlite-write-queue';

/** The TypeORM connection, and the process's one SQLite write queue (see SqliteWriteQueue). */
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
  providers: [SqliteWriteQueue],
  exports: [SqliteWriteQueue],
})
export class DatabaseModule {}
