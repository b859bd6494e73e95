import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import {
  checkRegisterConsistency,
  describeConsistency,
  type RegisterCorrection,
  type RegisterInconsistency,
} from './council-register-consistency';
import { type CouncilRecord, parseCouncilRegister } from './council-register-parser';
import { ReferenceDataImportEntity } from './reference-data-import.entity';

/** The register shipped with LGX (see data/README.md for its source and licence). */
export const COUNCIL_REGISTER_FILE = path.join(__dirname, 'data', 'uk_local_authorities.csv');
const DATASET = 'uk_local_authorities';

export interface CouncilImportResult {
  checksum: string;
  /** True when the file matched the last import and nothing was read into the database. */
  skipped: boolean;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Fields the register's other rows proved wrong, corrected before storing. */
  corrections: RegisterCorrection[];
  /** What does not fit the rest of the register and could not be settled from it. */
  inconsistencies: RegisterInconsistency[];
}

const COLUMNS: [keyof CouncilRecord, string, string][] = [
  ['code', 'code', 'text'],
  ['gssCode', 'gss_code', 'text'],
  ['officialName', 'official_name', 'text'],
  ['niceName', 'nice_name', 'text'],
  ['altNames', 'alt_names', 'text'],
  ['typeCode', 'type_code', 'text'],
  ['nation', 'nation', 'text'],
  ['region', 'region', 'text'],
  ['countyCode', 'county_code', 'text'],
  ['combinedAuthorityCode', 'combined_authority_code', 'text'],
  ['govUkSlug', 'gov_uk_slug', 'text'],
  ['population', 'population', 'integer'],
  ['areaKm2', 'area_km2', 'double precision'],
  ['latitude', 'latitude', 'double precision'],
  ['longitude', 'longitude', 'double precision'],
  ['startDate', 'start_date', 'date'],
  ['endDate', 'end_date', 'date'],
  ['isCurrent', 'is_current', 'boolean'],
  ['replacedBy', 'replaced_by', 'text[]'],
];

@Injectable()
export class CouncilImportService {
  private readonly logger = new Logger(CouncilImportService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Imports the register file unless it is the one imported last time. Rows are
   * upserted by code: new ones inserted, changed ones updated in place,
   * identical ones left untouched, so a re-run changes nothing.
   */
  async importRegister(
    file = COUNCIL_REGISTER_FILE,
    options: { force?: boolean } = {},
  ): Promise<CouncilImportResult> {
    const content = await readFile(file);
    const checksum = createHash('sha256').update(content).digest('hex');
    const last = await this.dataSource
      .getRepository(ReferenceDataImportEntity)
      .findOneBy({ dataset: DATASET });
    if (!options.force && last?.checksum === checksum) {
      return {
        checksum,
        skipped: true,
        inserted: 0,
        updated: 0,
        unchanged: last.rowCount,
        corrections: [],
        inconsistencies: [],
      };
    }

    const { records, corrections, inconsistencies } = checkRegisterConsistency(
      parseCouncilRegister(content.toString('utf8')),
    );
    const result = await this.dataSource.transaction(async (manager) => {
      const { inserted, updated } = await this.upsert(manager, records);
      await manager.getRepository(ReferenceDataImportEntity).save({
        dataset: DATASET,
        checksum,
        rowCount: records.length,
        importedAt: new Date(),
      });
      return {
        checksum,
        skipped: false,
        inserted,
        updated,
        unchanged: records.length - inserted - updated,
        corrections,
        inconsistencies,
      };
    });
    for (const line of describeConsistency(result)) this.logger.warn(`Council register: ${line}`);
    this.logger.log(
      `Council register imported: ${result.inserted} new, ${result.updated} updated, ${result.unchanged} unchanged`,
    );
    return result;
  }

  private async upsert(manager: EntityManager, records: CouncilRecord[]) {
    // One parameter array per column, turned into rows by unnest: a single
    // statement whatever the file's size.
    const params = COLUMNS.map(([key, , type]) =>
      type === 'text[]'
        ? records.map((record) => JSON.stringify(record[key]))
        : records.map((record) => record[key]),
    );
    const names = COLUMNS.map(([, column]) => column);
    const selects = COLUMNS.map(([, column, type]) =>
      type === 'text[]'
        ? `ARRAY(SELECT jsonb_array_elements_text(${column}::jsonb)) AS ${column}`
        : `${column}::${type}`,
    );
    const unnestTypes = COLUMNS.map(([, , type]) => (type === 'text[]' ? 'text' : type));
    const updates = names.filter((n) => n !== 'code').map((n) => `${n} = EXCLUDED.${n}`);
    const sql = `
      INSERT INTO council (${names.join(', ')})
      SELECT ${selects.join(', ')}
      FROM unnest(${unnestTypes.map((type, i) => `$${i + 1}::${type}[]`).join(', ')})
        AS input(${names.join(', ')})
      ON CONFLICT (code) DO UPDATE SET ${updates.join(', ')}, updated_at = now()
      WHERE (${names.map((n) => `council.${n}`).join(', ')})
        IS DISTINCT FROM (${names.map((n) => `EXCLUDED.${n}`).join(', ')})
      RETURNING (xmax = 0) AS inserted`;
    const rows: { inserted: boolean }[] = await manager.query(sql, params);
    const inserted = rows.filter((row) => row.inserted).length;
    return { inserted, updated: rows.length - inserted };
  }
}
