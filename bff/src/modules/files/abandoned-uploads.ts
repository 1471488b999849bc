import type { DatabaseDialect } from '../../infra/database/database-url';
import { fileUrl } from './stored-file.view';

/** How a column points at a stored file. */
export enum FileReferenceMatch {
  /** The column holds the file id. */
  ID = 'ID',
  /** The column holds the download path `/api/files/<id>`. */
  URL = 'URL',
  /** Free text that may mention the file anywhere (e.g. a link in rich text); any mention of the id counts. */
  MENTION = 'MENTION',
}

export interface FileReference {
  table: string;
  column: string;
  match: FileReferenceMatch;
}

/**
 * Every column in the schema that can point at an uploaded file. A file is abandoned only when none of these
 * mentions it, whatever its purpose. Listed here rather than registered by the owning modules so that a module
 * that is not loaded (the sweep script) can never make a referenced file look abandoned; a new column that
 * stores file ids or `/api/files/…` paths must be added here.
 */
export const FILE_REFERENCES: readonly FileReference[] = [
  // Policy and news attachments (content module).
  { table: 'content_attachments', column: 'file_id', match: FileReferenceMatch.ID },
  // Carousel images: imageUrl = /api/files/<id> (banners module).
  { table: 'banners', column: 'image_url', match: FileReferenceMatch.URL },
  // Policy and news rich text allows relative links, so an operator may link /api/files/<id> in the body.
  { table: 'policies', column: 'body_html', match: FileReferenceMatch.MENTION },
  { table: 'news', column: 'body_html', match: FileReferenceMatch.MENTION },
  // Materials attached to loan applications (applications module).
  { table: 'application_materials', column: 'file_id', match: FileReferenceMatch.ID },
  // ID-card photos recognised for a face verification (face-verification module).
  { table: 'face_id_card_checks', column: 'file_id', match: FileReferenceMatch.ID },
];

/** Uploads in the sweep, oldest first. */
export const SWEEP_BATCH = 20;
/** A sweep after an upload starts at most this often per instance. */
export const SWEEP_INTERVAL_MS = 60_000;

const HOUR_MS = 3_600_000;

/** Files created before this instant are old enough to be swept. */
export function graceCutoff(now: Date, graceHours: number): Date {
  return new Date(now.getTime() - graceHours * HOUR_MS);
}

function concat(dialect: DatabaseDialect, parts: readonly string[]): string {
  return dialect === 'mysql' ? `CONCAT(${parts.join(', ')})` : parts.join(' || ');
}

function sqlText(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function mentions(reference: FileReference, dialect: DatabaseDialect, idColumn: string): string {
  const column = `r.${reference.column}`;
  switch (reference.match) {
    case FileReferenceMatch.ID:
      return `${column} = ${idColumn}`;
    case FileReferenceMatch.URL:
      return `${column} = ${concat(dialect, [sqlText(fileUrl('')), idColumn])}`;
    case FileReferenceMatch.MENTION:
      // Both dialects compare case-insensitively here (SQLite LIKE for ASCII, MySQL's _ci collation); ids hold no % or _.
      return `${column} LIKE ${concat(dialect, ["'%'", idColumn, "'%'"])}`;
    default: {
      const unknown: never = reference.match;
      throw new Error(`unknown file reference match ${String(unknown)}`);
    }
  }
}

/** SQL that holds when no column of FILE_REFERENCES points at the file whose id is `idColumn`. */
export function unreferencedCondition(dialect: DatabaseDialect, idColumn: string): string {
  return FILE_REFERENCES.map((reference) => `NOT EXISTS (SELECT 1 FROM ${reference.table} r WHERE ${mentions(reference, dialect, idColumn)})`).join(' AND ');
}

/** Parameters: cutoff (SQL UTC datetime), limit. Unreferenced files created before the cutoff, oldest first. */
export function candidatesSql(dialect: DatabaseDialect): string {
  return `SELECT f.id AS id FROM stored_files f WHERE f.created_at < ? AND ${unreferencedCondition(dialect, 'f.id')} ORDER BY f.created_at, f.id LIMIT ?`;
}

/**
 * Parameters: id, cutoff. Deletes the row only if it is still old enough and still unreferenced when the
 * statement runs, so a reference written since the candidates were read keeps the file.
 */
export function conditionalDeleteSql(dialect: DatabaseDialect): string {
  return `DELETE FROM stored_files WHERE id = ? AND created_at < ? AND ${unreferencedCondition(dialect, 'stored_files.id')}`;
}

/** Lets a background sweep start when none is running and the last one started at least `intervalMs` ago. */
export class SweepThrottle {
  private lastStart: number | undefined;
  private running = false;

  constructor(private readonly intervalMs: number) {}

  tryStart(now: Date): boolean {
    if (this.running) return false;
    const elapsed = this.lastStart === undefined ? Infinity : now.getTime() - this.lastStart;
    // A clock set back (elapsed < 0) does not block sweeps until it catches up.
    if (elapsed >= 0 && elapsed < this.intervalMs) return false;
    this.lastStart = now.getTime();
    this.running = true;
    return true;
  }

  finish(): void {
    this.running = false;
  }
}
