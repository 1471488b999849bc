import { REGISTRATION_STATUS_LABELS, type RegistrationStatus } from '@rongtong/shared';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RegistrationStatusEnum } from './gov-data-enums';

describe('RegistrationStatus (经营状态) in GraphQL', () => {
  it('has exactly the statuses of the shared table, each value itself', () => {
    const statuses = Object.keys(REGISTRATION_STATUS_LABELS) as RegistrationStatus[];
    expect(Object.keys(RegistrationStatusEnum).sort()).toEqual([...statuses].sort());
    for (const status of statuses) expect(RegistrationStatusEnum[status]).toBe(status);
  });

  it('describes each value in the committed schema with the shared label the app shows', () => {
    const schema = readFileSync(join(__dirname, '../../../../../shared/schema.graphql'), 'utf8');
    const block = /enum RegistrationStatus \{([^}]*)\}/.exec(schema)?.[1] ?? '';
    const described = Object.fromEntries([...block.matchAll(/"""(.+?)"""\s+([A-Z_]+)/g)].map(([, label, value]) => [value, label]));
    expect(described).toEqual(REGISTRATION_STATUS_LABELS);
  });
});
