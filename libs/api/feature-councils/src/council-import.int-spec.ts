import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { bootTestApp, createFeatureApp, type TestApp } from '@lgx/api/testing';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

import { COUNCIL_REGISTER_FILE, CouncilImportService } from './council-import.service';
import { CouncilRegisterError } from './council-register-parser';
import { COUNCIL_ENTITIES, CouncilsModule } from './councils.module';

const shippedRows: Record<string, string>[] = parse(readFileSync(COUNCIL_REGISTER_FILE), {
  columns: true,
});

function writeRegister(dir: string, name: string, rows: Record<string, string>[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, stringify(rows, { header: true, columns: Object.keys(shippedRows[0]!) }));
  return file;
}

describe('council register import (PostgreSQL)', () => {
  let harness: TestApp;
  let importer: CouncilImportService;
  let dir: string;

  const count = async () =>
    Number((await harness.dataSource.query('SELECT count(*) AS n FROM council'))[0].n);
  const snapshot = async () =>
    harness.dataSource.query(
      'SELECT code, population, updated_at, xmin::text AS version FROM council ORDER BY code',
    ) as Promise<{ code: string; population: number | null; updated_at: Date; version: string }[]>;

  beforeAll(async () => {
    harness = await bootTestApp((config) =>
      createFeatureApp(config, { imports: [CouncilsModule], entities: COUNCIL_ENTITIES }),
    );
    importer = harness.app.get(CouncilImportService);
    dir = await mkdtemp(path.join(tmpdir(), 'lgx-register-'));
  });

  // Every test starts from an empty register.
  beforeEach(async () => {
    // CASCADE: tables that point at a council (public contracts' buyers) empty with it.
    await harness.dataSource.query('TRUNCATE council, reference_data_import CASCADE');
  });

  afterAll(async () => {
    await harness?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('imports every authority in the shipped register with its fields', async () => {
    const result = await importer.importRegister();
    expect(result).toMatchObject({
      skipped: false,
      inserted: shippedRows.length,
      updated: 0,
      unchanged: 0,
    });
    expect(await count()).toBe(shippedRows.length);

    const [derby] = await harness.dataSource.query(`SELECT * FROM council WHERE code = 'DER'`);
    expect(derby).toMatchObject({
      gss_code: 'E06000015',
      official_name: 'Derby City Council',
      nice_name: 'Derby',
      type_code: 'UA',
      nation: 'England',
      region: 'East Midlands',
      combined_authority_code: 'EMCA',
      is_current: true,
      replaced_by: [],
    });
    const csvDerby = shippedRows.find((row) => row['local-authority-code'] === 'DER')!;
    expect(derby.population).toBe(Math.round(Number(csvDerby['pop-2020'])));
    expect(derby.latitude).toBeCloseTo(Number(csvDerby['lat']), 6);

    const [former] = await harness.dataSource.query(
      `SELECT replaced_by, is_current, end_date FROM council WHERE replaced_by <> '{}' AND cardinality(replaced_by) > 1 LIMIT 1`,
    );
    expect(former.is_current).toBe(false);
    expect(former.replaced_by.length).toBeGreaterThan(1);
  });

  it('changes nothing when the same file is imported again', async () => {
    await importer.importRegister();
    const before = await snapshot();
    const skipped = await importer.importRegister();
    expect(skipped.skipped).toBe(true);

    const forced = await importer.importRegister(COUNCIL_REGISTER_FILE, { force: true });
    expect(forced).toMatchObject({
      skipped: false,
      inserted: 0,
      updated: 0,
      unchanged: shippedRows.length,
    });
    // Not one row was rewritten: same row versions, same timestamps.
    expect(await snapshot()).toEqual(before);
  });

  it('updates changed rows in place and adds new ones from a newer file', async () => {
    await importer.importRegister();
    const before = await snapshot();
    const rows = shippedRows.map((row) =>
      row['local-authority-code'] === 'DER' ? { ...row, 'pop-2020': '263490.0' } : row,
    );
    rows.push({
      ...shippedRows.find((row) => row['local-authority-code'] === 'ADU')!,
      'local-authority-code': 'ZZT',
      'gss-code': 'E07999999',
      'official-name': 'Test Valley Example Council',
      'nice-name': 'Test Example',
    });
    const file = writeRegister(dir, 'newer.csv', rows);

    const result = await importer.importRegister(file);
    expect(result).toMatchObject({ inserted: 1, updated: 1, unchanged: shippedRows.length - 1 });
    expect(await count()).toBe(shippedRows.length + 1);

    const after = await snapshot();
    const derbyBefore = before.find((row) => row.code === 'DER')!;
    const derbyAfter = after.find((row) => row.code === 'DER')!;
    expect(derbyAfter.population).toBe(263490);
    expect(derbyAfter.version).not.toBe(derbyBefore.version);
    const untouched = after.filter((row) => row.code !== 'DER' && row.code !== 'ZZT');
    expect(untouched).toEqual(before.filter((row) => row.code !== 'DER'));
  });

  it('corrects what the rest of the register proves, stores that, and reports the rest', async () => {
    // The upstream errors of issue 13: Derbyshire in the West Midlands, Lincolnshire in
    // Yorkshire and The Humber; and a district of Nottinghamshire split from its county.
    const rows = shippedRows.map((row) => {
      const code = row['local-authority-code'];
      if (code === 'DBY') return { ...row, region: 'West Midlands' };
      if (code === 'LIN') return { ...row, region: 'Yorkshire and The Humber' };
      if (code === 'NTT') return { ...row, region: 'North West' };
      if (code === 'ASH' || code === 'BAE') return { ...row, region: 'North West' };
      return row;
    });
    const file = writeRegister(dir, 'wrong-regions.csv', rows);

    const result = await importer.importRegister(file);
    expect(result.corrections.map((c) => [c.code, c.field, c.from, c.to])).toEqual([
      ['DBY', 'region', 'West Midlands', 'East Midlands'],
      ['LIN', 'region', 'Yorkshire and The Humber', 'East Midlands'],
    ]);
    expect(result.inconsistencies.map((i) => [i.code, i.rule])).toEqual([
      ['NTT', 'county-region'],
      ['EMCA', 'combined-authority-region'],
      ['GLCA', 'combined-authority-region'],
    ]);
    const stored = await harness.dataSource.query(
      `SELECT code, region FROM council WHERE code IN ('DBY', 'LIN', 'NTT', 'ASH') ORDER BY code`,
    );
    expect(stored).toEqual([
      { code: 'ASH', region: 'North West' },
      { code: 'DBY', region: 'East Midlands' },
      { code: 'LIN', region: 'East Midlands' },
      { code: 'NTT', region: 'North West' },
    ]);
    // Every county in the database is now in the region of its districts, or reported.
    const split = await harness.dataSource.query(
      `SELECT DISTINCT county.code FROM council county JOIN council district
         ON district.county_code = county.code WHERE district.region IS DISTINCT FROM county.region`,
    );
    expect(split).toEqual([{ code: 'NTT' }]);
  });

  it('rejects a file with a bad row, naming the line and column, and changes nothing', async () => {
    await importer.importRegister();
    const before = await snapshot();
    const rows = shippedRows.map((row, index) =>
      index === 9 ? { ...row, nation: 'Atlantis' } : row,
    );
    const file = writeRegister(dir, 'bad.csv', rows);

    const error = await importer.importRegister(file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CouncilRegisterError);
    expect((error as CouncilRegisterError).problems).toEqual([
      { line: 11, column: 'nation', message: expect.stringContaining('"Atlantis"') },
    ]);
    expect(await snapshot()).toEqual(before);
  });
});
