/**
 * Every column that holds FieldCipher output, by table. A value is bound to its place — table, column and the
 * id of its row — so it does not decrypt anywhere else; `npm run keys:rotate` walks this list. src/entities.spec.ts
 * checks it against the entities (every `*_cipher` column is listed, nothing else is).
 */
export const ENCRYPTED_COLUMNS = {
  user_accounts: ['phone_cipher', 'resident_id_cipher', 'totp_secret_cipher'],
  staff_login_challenges: ['pending_totp_secret_cipher'],
  oidc_login_requests: ['code_verifier_cipher'],
  enterprises: ['legal_representative_cipher'],
  gov_data_snapshots: ['record_cipher'],
  loan_applications: ['applicant_name_cipher', 'applicant_resident_id_cipher'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

export type EncryptedTable = keyof typeof ENCRYPTED_COLUMNS;
export type EncryptedColumnOf<T extends EncryptedTable> = (typeof ENCRYPTED_COLUMNS)[T][number];

/** A registered encrypted column; only the pairs listed above type-check. */
export type CipherColumn = { [T in EncryptedTable]: { readonly table: T; readonly column: EncryptedColumnOf<T> } }[EncryptedTable];

/** Where a value lives: it decrypts only there. */
export type CipherPlace = CipherColumn & { readonly rowId: string };

/** All registered columns, in a fixed order. */
export function encryptedColumns(): CipherColumn[] {
  return (Object.keys(ENCRYPTED_COLUMNS) as EncryptedTable[]).flatMap((table) =>
    ENCRYPTED_COLUMNS[table].map((column) => ({ table, column }) as CipherColumn),
  );
}

export function isRegisteredColumn(table: string, column: string): boolean {
  if (!Object.hasOwn(ENCRYPTED_COLUMNS, table)) return false;
  return (ENCRYPTED_COLUMNS as Readonly<Record<string, readonly string[]>>)[table]?.includes(column) ?? false;
}

/**
 * One encrypted entity property, tied to its column: `cipher.seal(field, row, plain)` encrypts for that row and
 * `cipher.open(field, row)` reads the property and the id from the same row, so a call site cannot pair a value
 * with another row's id or another column. `Stored` is the property's type (`string`, or `string | null`).
 */
export interface EncryptedField<Row extends { id: string }, Stored extends string | null = string | null> {
  readonly column: CipherColumn;
  read(row: Row): Stored;
}

export function encryptedField<Row extends { id: string }, Stored extends string | null = string | null>(
  column: CipherColumn,
  read: (row: Row) => Stored,
): EncryptedField<Row, Stored> {
  return { column, read };
}
