import type pg from 'pg';

/** The table TypeORM records applied migrations in: restored by running migrations, not copied. */
export const MIGRATIONS_TABLE = 'migrations';

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** The application's tables (schema public), without the migrations table. */
export async function publicTables(client: pg.Client | pg.PoolClient): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND c.relname <> $1
      ORDER BY 1`,
    [MIGRATIONS_TABLE],
  );
  return rows.map((r) => r.name);
}

/** Columns a row may be given: all but generated ones. */
export async function insertableColumns(
  client: pg.Client | pg.PoolClient,
  table: string,
): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute
      WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
      ORDER BY attnum`,
    [quoteIdent(table)],
  );
  return rows.map((r) => r.name);
}

/** Every storage key a row points at: any column named storage_key in the application's tables. */
export async function storedFileKeys(client: pg.Client): Promise<string[]> {
  const { rows: columns } = await client.query<{ table: string }>(
    `SELECT table_name AS table FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'storage_key' ORDER BY 1`,
  );
  const keys = new Set<string>();
  for (const { table } of columns) {
    const { rows } = await client.query<{ key: string }>(
      `SELECT storage_key AS key FROM ${quoteIdent(table)} WHERE storage_key IS NOT NULL ORDER BY 1`,
    );
    for (const row of rows) keys.add(row.key);
  }
  return [...keys].sort();
}

/** Migrations applied, in order; none when the database has no migrations table. */
export async function appliedMigrations(client: pg.Client | pg.PoolClient): Promise<string[]> {
  const { rows: exists } = await client.query<{ found: boolean }>(
    `SELECT to_regclass($1) IS NOT NULL AS found`,
    [`public.${MIGRATIONS_TABLE}`],
  );
  if (!exists[0]!.found) return [];
  const { rows } = await client.query<{ name: string }>(
    `SELECT name FROM ${quoteIdent(MIGRATIONS_TABLE)} ORDER BY id`,
  );
  return rows.map((r) => r.name);
}
