import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { encryptedColumns, isRegisteredColumn } from './infra/crypto/encrypted-columns';

describe('ENCRYPTED_COLUMNS', () => {
  it('lists exactly the *_cipher columns of the entities, each in a table keyed by a string id', async () => {
    const dataSource = new DataSource({ type: 'better-sqlite3', database: ':memory:', entities: [...ENTITIES] });
    await dataSource.initialize();
    try {
      const cipherColumns = dataSource.entityMetadatas.flatMap((entity) =>
        entity.columns.filter((column) => column.databaseName.endsWith('_cipher')).map((column) => ({ table: entity.tableName, column: column.databaseName })),
      );
      const sort = (list: Array<{ table: string; column: string }>) => [...list].sort((a, b) => `${a.table}.${a.column}`.localeCompare(`${b.table}.${b.column}`));
      expect(sort(encryptedColumns())).toEqual(sort(cipherColumns));
      for (const { table } of encryptedColumns()) {
        const entity = dataSource.entityMetadatas.find((metadata) => metadata.tableName === table);
        expect(entity?.primaryColumns.map((column) => [column.databaseName, column.type])).toEqual([['id', 'varchar']]);
      }
    } finally {
      await dataSource.destroy();
    }
  });

  it('knows registered pairs only', () => {
    expect(isRegisteredColumn('user_accounts', 'phone_cipher')).toBe(true);
    expect(isRegisteredColumn('user_accounts', 'pending_totp_secret_cipher')).toBe(false);
    expect(isRegisteredColumn('toString', 'x')).toBe(false);
  });
});
