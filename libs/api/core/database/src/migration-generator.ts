import type { DataSource } from 'typeorm';

/**
 * Writes the TypeScript source of a migration that brings the database schema
 * to what the entities describe (what `typeorm migration:generate` does), or
 * returns undefined when they already agree.
 */
export async function generateMigrationSource(
  dataSource: DataSource,
  name: string,
  timestamp: number,
): Promise<string | undefined> {
  const sqlInMemory = await dataSource.driver.createSchemaBuilder().log();
  if (sqlInMemory.upQueries.length === 0) return undefined;
  const className = `${name.replace(/(^|[-_\s])(\w)/g, (_match, _sep, c: string) => c.toUpperCase())}${timestamp}`;
  const quote = (query: string) => '`' + query.replace(/\\/g, '\\\\').replace(/`/g, '\\`') + '`';
  const up = sqlInMemory.upQueries.map((q) => `    await queryRunner.query(${quote(q.query)});`);
  const down = sqlInMemory.downQueries
    .reverse()
    .map((q) => `    await queryRunner.query(${quote(q.query)});`);
  return [
    "import type { MigrationInterface, QueryRunner } from 'typeorm';",
    '',
    `export class ${className} implements MigrationInterface {`,
    `  name = '${className}';`,
    '',
    '  async up(queryRunner: QueryRunner): Promise<void> {',
    ...up,
    '  }',
    '',
    '  async down(queryRunner: QueryRunner): Promise<void> {',
    ...down,
    '  }',
    '}',
    '',
  ].join('\n');
}
