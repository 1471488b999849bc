import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { installSqliteWriteIsolation } from './sqlite-write-isolation';
import { SqliteWriteQueue } from './sqlite-write-queue';

@Entity({ name: 'notes' })
class NoteEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  text: string;
}

interface Held {
  /** Settles when the held unit has written its row and stopped, with its transaction open. */
  paused: Promise<void>;
  /** Lets the held unit go on: it rolls back. */
  rollBack(): Promise<void>;
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('installSqliteWriteIsolation (better-sqlite3 in memory)', () => {
  let dataSource: DataSource;
  let queue: SqliteWriteQueue;

  beforeEach(async () => {
    dataSource = new DataSource({ type: 'better-sqlite3', database: ':memory:', entities: [NoteEntity], synchronize: true });
    await dataSource.initialize();
    queue = new SqliteWriteQueue();
    installSqliteWriteIsolation(dataSource, queue);
  });

  afterEach(async () => {
    await dataSource.destroy();
  });

  const texts = async () => (await dataSource.getRepository(NoteEntity).find({ order: { id: 'ASC' } })).map((note) => note.text);

  /** A unit of the queue that writes a row in a transaction and rolls it back when told. */
  function holdARollingBackTransaction(): Held {
    let paused: () => void = () => undefined;
    let release: () => void = () => undefined;
    const pausedPromise = new Promise<void>((resolve) => {
      paused = resolve;
    });
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const unit = dataSource
      .transaction(async (manager) => {
        await manager.insert(NoteEntity, { id: 'a', text: 'rolled back' });
        paused();
        await released;
        throw new Error('roll back');
      })
      .catch(() => undefined);
    return {
      paused: pausedPromise,
      rollBack: async () => {
        release();
        await unit;
      },
    };
  }

  it('makes a transaction begun meanwhile wait, so the rollback of the first does not take it along', async () => {
    const held = holdARollingBackTransaction();
    await held.paused;
    let committed = false;
    const other = dataSource.transaction(async (manager) => manager.insert(NoteEntity, { id: 'b', text: 'committed' })).then(() => {
      committed = true;
    });
    await tick();
    expect(committed).toBe(false);
    await held.rollBack();
    await other;
    expect(await texts()).toEqual(['committed']);
  });

  it('makes an auto-committed write and a save wait too, but not a read', async () => {
    await dataSource.getRepository(NoteEntity).insert({ id: 'z', text: 'before' });
    const held = holdARollingBackTransaction();
    await held.paused;
    const update = dataSource.query("UPDATE notes SET text = 'updated' WHERE id = 'z'");
    const save = dataSource.getRepository(NoteEntity).save({ id: 'y', text: 'saved' });
    // Reads are never queued (this one sees the held transaction's row: CommittedReads is about that).
    expect(await dataSource.getRepository(NoteEntity).count()).toBe(2);
    await held.rollBack();
    await Promise.all([update, save]);
    expect(await texts()).toEqual(['saved', 'updated']);
  });

  it('runs nested transactions and writes of the unit holding the queue at once', async () => {
    await queue.exclusive(async () => {
      await dataSource.transaction(async (manager) => {
        await manager.insert(NoteEntity, { id: 'a', text: 'outer' });
        await dataSource.transaction(async (inner) => inner.insert(NoteEntity, { id: 'b', text: 'inner' }));
        await dataSource.query("UPDATE notes SET text = 'outer, updated' WHERE id = 'a'");
      });
    });
    expect(await texts()).toEqual(['outer, updated', 'inner']);
  });

  it('still reports bad SQL as TypeORM does', async () => {
    // Matched by message: better-sqlite3 builds its SqliteError in the realm that loaded it first, not always Jest's.
    await expect(dataSource.query('UPDATE nowhere SET x = 1')).rejects.toMatchObject({ message: 'no such table: nowhere' });
  });

  it('leaves other databases alone', () => {
    const manager = {};
    const createQueryRunner = jest.fn();
    installSqliteWriteIsolation({ options: { type: 'mysql' }, manager, createQueryRunner } as unknown as DataSource, queue);
    expect(Object.keys(manager)).toEqual([]);
    expect(createQueryRunner).not.toHaveBeenCalled();
  });
});
