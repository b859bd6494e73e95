import { CASE_STUDY_ENTITIES, CaseStudiesModule } from '@lgx/api/feature-case-studies';
import {
  bootTestApp,
  createFeatureApp,
  seedTestCouncils,
  signedIn,
  type TestApp,
} from '@lgx/api/testing';

import { CoAuthorsNeedConsent1795320600001 } from './migrations/1795320600001-co-authors-need-consent';

/** The data migration of co-authors and co-maintainers named before consent existed. */
describe('co-authors need consent (data migration)', () => {
  let harness: TestApp;
  beforeAll(async () => {
    // No indexer: it would drain the rows this test reads to see what the migration queued.
    harness = await bootTestApp((config) =>
      createFeatureApp(
        { ...config, search: { ...config.search, indexerEnabled: false } },
        { imports: [CaseStudiesModule], entities: CASE_STUDY_ENTITIES },
      ),
    );
    await seedTestCouncils(harness.dataSource);
  });
  afterAll(() => harness?.close());

  const study = async (coAuthors: string[], sample = false): Promise<string> =>
    (
      await harness.dataSource.query(
        `INSERT INTO case_study (title, summary, lead_council_code, co_author_council_codes, stage, is_sample, status)
         VALUES ('T', 'S', 'DER', $1, 'PILOT', $2, 'PUBLISHED') RETURNING id`,
        [coAuthors, sample],
      )
    )[0].id;
  const component = async (
    maintainers: string[],
    createdBy: string | null = null,
  ): Promise<string> =>
    (
      await harness.dataSource.query(
        `INSERT INTO component (name, kind, summary, licence, maturity, maintaining_council_codes, created_by, status)
         VALUES ('C', 'SERVICE_PATTERN', 'S', 'MIT', 'LIVE', $1, $2, 'PUBLISHED') RETURNING id`,
        [maintainers, createdBy],
      )
    )[0].id;
  const audited = (targetId: string, councilCode: string, outcome: 'success' | 'failure') =>
    harness.dataSource.query(
      `INSERT INTO audit_event (actor_council_code, actor_role, action, target_type, target_id, outcome)
       VALUES ($1, 'council editor', 'mutation:update', 'id', $2, $3)`,
      [councilCode, targetId, outcome],
    );

  it('keeps councils that took part, and turns the others into pending invitations', async () => {
    const shared = await study(['NOT', 'KEN', 'SKP']);
    await harness.dataSource.query(
      `INSERT INTO case_study_revision (case_study_id, version, snapshot, changed_by_council_code) VALUES ($1, 1, '{}', 'NOT')`,
      [shared],
    );
    await audited(shared, 'KEN', 'success');
    await audited(shared, 'SKP', 'failure'); // a refused attempt is no consent
    const sample = await study(['NOT'], true);
    const maintained = await component(['DER', 'NOT', 'KEN']);
    await audited(maintained, 'NOT', 'success');
    const nottingham = await signedIn(harness, { council: 'NOT', role: 'EDITOR' });
    const createdByNottingham = await component(['DER', 'NOT', 'SKP'], nottingham.accountId);
    await harness.dataSource.query(`DELETE FROM search_outbox`);

    const runner = harness.dataSource.createQueryRunner();
    await runner.startTransaction();
    await new CoAuthorsNeedConsent1795320600001().up(runner);
    await runner.commitTransaction();
    await runner.release();

    const coAuthors = async (id: string) =>
      (
        await harness.dataSource.query(
          `SELECT co_author_council_codes AS c FROM case_study WHERE id = $1`,
          [id],
        )
      )[0].c;
    const maintainers = async (id: string) =>
      (
        await harness.dataSource.query(
          `SELECT maintaining_council_codes AS c FROM component WHERE id = $1`,
          [id],
        )
      )[0].c;
    expect(await coAuthors(shared)).toEqual(['NOT', 'KEN']);
    expect(await coAuthors(sample)).toEqual(['NOT']);
    expect(await maintainers(maintained)).toEqual(['DER', 'NOT']);
    expect(await maintainers(createdByNottingham)).toEqual(['DER', 'NOT']);
    expect(
      await harness.dataSource.query(
        `SELECT case_study_id AS id, council_code AS code, status, invited_by_council_code AS "by" FROM case_study_co_author_invitation`,
      ),
    ).toEqual([{ id: shared, code: 'SKP', status: 'PENDING', by: 'DER' }]);
    expect(
      await harness.dataSource.query(
        `SELECT component_id AS id, council_code AS code, status, invited_by_council_code AS "by"
           FROM component_co_maintainer_invitation ORDER BY council_code`,
      ),
    ).toEqual([
      { id: maintained, code: 'KEN', status: 'PENDING', by: 'DER' },
      { id: createdByNottingham, code: 'SKP', status: 'PENDING', by: 'DER' },
    ]);
    // Search learns of each change through the outbox.
    const queued = await harness.dataSource.query(
      `SELECT DISTINCT entity_id AS id FROM search_outbox ORDER BY entity_id`,
    );
    expect(queued.map((row: { id: string }) => row.id).sort()).toEqual(
      [shared, maintained, createdByNottingham].sort(),
    );
  });
});
