import { COUNCIL_ENTITIES, CouncilImportService, CouncilsModule } from '@lgx/api/feature-councils';
import { bootTestApp, createFeatureApp, type TestApp } from '@lgx/api/testing';

import { CorrectCouncilRegister1795320200001 } from './migrations/1795320200001-correct-council-register';

/** Issue 13, defect 4: a database imported from the uncorrected register is corrected. */
describe('council register correction (migration, PostgreSQL)', () => {
  let harness: TestApp;

  beforeAll(async () => {
    // No indexer: it would drain the rows this test reads to see what the migration queued.
    harness = await bootTestApp((config) =>
      createFeatureApp(
        { ...config, search: { ...config.search, indexerEnabled: false } },
        { imports: [CouncilsModule], entities: COUNCIL_ENTITIES },
      ),
    );
    await harness.app.get(CouncilImportService).importRegister();
  });
  afterAll(() => harness?.close());

  const regions = async () =>
    Object.fromEntries(
      (
        (await harness.dataSource.query(
          `SELECT code, region FROM council WHERE code IN ('DBY', 'LIN', 'BKM', 'DER') ORDER BY code`,
        )) as { code: string; region: string | null }[]
      ).map((row) => [row.code, row.region]),
    );
  const queued = async () =>
    (
      (await harness.dataSource.query(
        `SELECT DISTINCT entity_type, entity_id FROM search_outbox ORDER BY entity_type, entity_id`,
      )) as { entity_type: string; entity_id: string }[]
    ).map((row) => `${row.entity_type}:${row.entity_id}`);
  const migrate = async () => {
    const runner = harness.dataSource.createQueryRunner();
    try {
      await new CorrectCouncilRegister1795320200001().up(runner);
    } finally {
      await runner.release();
    }
  };

  it('moves Derbyshire and Lincolnshire to the East Midlands and queues what shows their region', async () => {
    // The register as the uncorrected file stored it.
    await harness.dataSource.query(
      `UPDATE council SET region = 'West Midlands' WHERE code = 'DBY'`,
    );
    await harness.dataSource.query(
      `UPDATE council SET region = 'Yorkshire and The Humber' WHERE code = 'LIN'`,
    );
    await harness.dataSource.query(`UPDATE council SET region = NULL WHERE code = 'BKM'`);
    const [study] = await harness.dataSource.query(
      `INSERT INTO case_study (title, summary, lead_council_code, stage)
       VALUES ('Derbyshire telecare', 'A case study.', 'DBY', 'live') RETURNING id`,
    );
    await harness.dataSource.query(`DELETE FROM search_outbox`);

    await migrate();

    expect(await regions()).toEqual({
      BKM: 'South East',
      DBY: 'East Midlands',
      DER: 'East Midlands',
      LIN: 'East Midlands',
    });
    expect(await queued()).toEqual([
      `case_study:${study.id}`,
      'council:BKM',
      'council:DBY',
      'council:LIN',
    ]);

    // Run again: nothing left to change, nothing queued.
    await harness.dataSource.query(`DELETE FROM search_outbox`);
    await migrate();
    expect(await queued()).toEqual([]);
  });

  it('queues dependent documents only when what they show of the council changes', async () => {
    const [study] = await harness.dataSource.query(
      `INSERT INTO case_study (title, summary, lead_council_code, stage)
       VALUES ('Nottingham chatbot', 'A case study.', 'NGM', 'live') RETURNING id`,
    );
    await harness.dataSource.query(`DELETE FROM search_outbox`);
    await harness.dataSource.query(`UPDATE council SET population = 1 WHERE code = 'NGM'`);
    expect(await queued()).toEqual(['council:NGM']);

    await harness.dataSource.query(`DELETE FROM search_outbox`);
    await harness.dataSource.query(`UPDATE council SET region = 'North West' WHERE code = 'NGM'`);
    expect(await queued()).toEqual([`case_study:${study.id}`, 'council:NGM']);
  });
});
