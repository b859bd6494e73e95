/** What a backup folder holds, written last as manifest.json: a folder without it is not a backup. */
export const BACKUP_FORMAT = 'lgx-backup/1';

export interface BackupFile {
  /** The storage key, as the database rows name it. */
  key: string;
  size: number;
  sha256: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  lgxVersion: string;
  postgresVersion: string;
  /** Migrations applied to the database backed up, in order. */
  migrations: string[];
  /** Rows per table, as dumped in one snapshot. */
  tables: Record<string, number>;
  /** Sequence values, restored after the rows. */
  sequences: Record<string, string>;
  /** Where the files came from: a folder, or an S3-compatible bucket. */
  storage: 'folder' | 's3';
  files: BackupFile[];
  /** Keys a row points at whose file was not in storage when the backup was made. */
  missingFiles: string[];
}

export const MANIFEST_FILE = 'manifest.json';
export const DATA_DIR = 'data';
export const FILES_DIR = 'files';

/** The NDJSON file (one row as JSON per line) holding a table's rows. */
export const tableFile = (table: string): string => `${table}.ndjson.gz`;
