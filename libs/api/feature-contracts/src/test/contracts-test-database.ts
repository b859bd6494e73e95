import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { buildDataSourceOptions } from '@lgx/api/core/database';
import { createTestDatabase } from '@lgx/api/testing';
import { DataSource } from 'typeorm';

import { ContractImportService } from '../contracting-process/contract-import.service';
import { ContractingProcessService } from '../contracting-process/contracting-process.service';
import { CONTRACT_ENTITIES } from '../contracts.module';
import { registerRows } from './sample-expectations';

/** A release with what the schema requires, and whatever else the test gives. */
export const testRelease = (
  ocid: string,
  id: string,
  date: string,
  body: Record<string, unknown> = {},
) => ({ ocid, id, date, tag: ['tender'], initiationType: 'tender', ...body });

/**
 * A database of the test file's own with the council register filled, the
 * import's services on a data source (the import is a command, not a GraphQL
 * feature: it runs as the CLI runs it), and a folder for files to import.
 */
export async function openContractsTestDatabase() {
  const database = await createTestDatabase();
  const dataSource = await new DataSource(
    buildDataSourceOptions({ url: database.url, entities: CONTRACT_ENTITIES, migrations: [] }),
  ).initialize();
  const processes = new ContractingProcessService(dataSource);
  const dir = await mkdtemp(path.join(tmpdir(), 'lgx-contracts-'));
  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    dataSource.query(sql, params) as Promise<T[]>;
  const rows = registerRows();
  await query(
    `INSERT INTO council (code, gss_code, official_name, nice_name, alt_names, type_code, nation,
                          is_current, replaced_by)
     SELECT code, "gssCode", "officialName", "niceName", "altNames", "typeCode", nation,
            "isCurrent", ARRAY(SELECT jsonb_array_elements_text("replacedBy"))
       FROM jsonb_to_recordset($1::jsonb) AS r(code text, "gssCode" text, "officialName" text,
            "niceName" text, "altNames" text, "typeCode" text, nation text, "isCurrent" boolean,
            "replacedBy" jsonb)
     ON CONFLICT (code) DO NOTHING`,
    [JSON.stringify(rows)],
  );
  return {
    dataSource,
    processes,
    importer: new ContractImportService(dataSource, processes),
    query,
    processOf: async (ocid: string) =>
      (await query('SELECT * FROM contracting_process WHERE ocid = $1', [ocid]))[0],
    /** Writes a file to import. */
    file: async (name: string, text: string) => {
      const at = path.join(dir, name);
      await writeFile(at, text);
      return at;
    },
    close: async () => {
      await dataSource.destroy();
      await database.drop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export type ContractsTestDatabase = Awaited<ReturnType<typeof openContractsTestDatabase>>;
