import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { buildDataSourceOptions, type EntityList } from './data-source-options';
import { CommittedReads } from './committed-reads';
import { SchemaCheck } from './schema-check';
import { installSqliteWriteIsolation } from './sqlite-write-isolation';
import { SqliteWriteQueue } from './sqlite-write-queue';

/**
 * The TypeORM connection, the process's one SQLite write queue (see SqliteWriteQueue; on SQLite every write of the
 * data source goes through it from the moment the queue exists, see installSqliteWriteIsolation) and CommittedReads.
 * The entities come from the caller (every entity of the app is listed in src/entities.ts): infra knows no domain.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(entities: EntityList): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            ...buildDataSourceOptions(config.database, entities, { migrationsRun: config.migrateOnStart }),
            retryAttempts: 3,
            retryDelay: 1000,
          }),
        }),
      ],
      providers: [
        {
          provide: SqliteWriteQueue,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => {
            const queue = new SqliteWriteQueue();
            installSqliteWriteIsolation(dataSource, queue);
            return queue;
          },
        },
        CommittedReads,
        SchemaCheck,
      ],
      exports: [SqliteWriteQueue, CommittedReads],
    };
  }
}
