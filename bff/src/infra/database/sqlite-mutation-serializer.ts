import { Injectable, Optional, SetMetadata, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { SqliteWriteQueue } from './sqlite-write-queue';

/** Reflect-metadata key of `@ConcurrentMutation()`. */
export const CONCURRENT_MUTATION_METADATA = 'rongtong:concurrent-mutation';

/**
 * A mutation that spends most of its time waiting on an external system (the government data exchange) and writes
 * only in short transactions of its own: it does not hold the SQLite write queue for its whole run — each of its
 * transactions and writes joins the queue on its own (`installSqliteWriteIsolation`), so other mutations are not kept
 * waiting behind a slow provider. Such a mutation must not depend on seeing no other write between its own.
 */
export const ConcurrentMutation = (): MethodDecorator => SetMetadata(CONCURRENT_MUTATION_METADATA, true);

/**
 * TypeORM drives better-sqlite3 through one shared connection, so two transactions that overlap in time
 * do not isolate: the second nests as a savepoint inside the first, and a rollback of either can undo the
 * other's writes. On SQLite (the embedded single-node default) GraphQL mutations therefore run one at a
 * time; queries stay concurrent. MySQL has a connection pool and real isolation, so AppModule registers
 * this interceptor on SQLite only. The queue is the process's one `SqliteWriteQueue`, which every other write
 * joins too (`installSqliteWriteIsolation`: the guard's own writes, REST uploads, the abandoned-upload sweep); the
 * mutation's own transactions and writes run inside its unit without waiting. Guards run before interceptors, so a
 * mutation's guard writes are units of their own.
 */
@Injectable()
export class SqliteMutationSerializer implements NestInterceptor {
  constructor(@Optional() private readonly queue: SqliteWriteQueue = new SqliteWriteQueue()) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!isTopLevelMutation(context) || Reflect.getMetadata(CONCURRENT_MUTATION_METADATA, context.getHandler()) === true) return next.handle();
    return from(this.exclusive(() => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }

  /** Runs `work` after every previously queued mutation has settled, whatever their outcome. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.queue.exclusive(work);
  }
}

function isTopLevelMutation(context: ExecutionContext): boolean {
  if (context.getType<string>() !== 'graphql') return false;
  return GqlExecutionContext.create(context).getInfo().parentType.name === 'Mutation';
}
