import type { TestApp } from './test-app';

export interface Person {
  phone: string;
  residentId: string;
}

async function tableNames(t: TestApp): Promise<string[]> {
  if (t.dataSource.options.type === 'mysql') {
    const rows = (await t.dataSource.query('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()')) as Array<{
      name: string;
    }>;
    return rows.map((row) => row.name);
  }
  const rows = (await t.dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)) as Array<{ name: string }>;
  return rows.map((row) => row.name);
}

/** Every value of every row of every table, as text. */
export async function everyStoredValue(t: TestApp): Promise<string[]> {
  const values: string[] = [];
  const quote = t.dataSource.options.type === 'mysql' ? '`' : '"';
  for (const table of await tableNames(t)) {
    const rows = (await t.dataSource.query(`SELECT * FROM ${quote}${table}${quote}`)) as Array<Record<string, unknown>>;
    for (const row of rows) for (const value of Object.values(row)) if (value !== null) values.push(String(value));
  }
  return values;
}

/** No stored value and no log line holds any of these people's phone or resident ID numbers in plaintext. */
export async function expectNoPersonalData(t: TestApp, people: readonly Person[]): Promise<void> {
  const secrets = people.flatMap((person) => [person.phone, person.residentId]);
  const stored = await everyStoredValue(t);
  expect(stored.length).toBeGreaterThan(0);
  const leaks = stored.filter((value) => secrets.some((secret) => value.includes(secret)));
  expect(leaks).toEqual([]);
  const log = t.logs.map((line) => JSON.stringify(line)).join('\n');
  expect(log.length).toBeGreaterThan(0);
  expect(secrets.filter((secret) => log.includes(secret))).toEqual([]);
}
