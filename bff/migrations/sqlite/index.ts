import { InitialSchema1764028800000 } from './1764028800000-initial-schema';

/** Every SQLite migration, oldest first. Listed explicitly so ts-node, jest and compiled code load the same set. */
export const SQLITE_MIGRATIONS = [InitialSchema1764028800000];
