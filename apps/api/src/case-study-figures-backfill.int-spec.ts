import { signedIn, type TestApp } from '@lgx/api/testing';

import { bootApiApp } from '../test/api-test-app';
import { BackfillCaseStudyFiguresBasis1796730000001 } from './migrations/1796730000001-backfill-case-study-figures-basis';

/** Case studies written before the appraisal method's fields existed (decision 0057). */
describe('case study figures before ranges and periods (data migration)', () => {
  let harness: TestApp;
  beforeAll(async () => {
    harness = await bootApiApp();
  });
  afterAll(() => harness?.close());

  /** A row as the old form stored it: single figures, an evidence level, nothing else. */
  const older = async (evidence: string | null, figures: [number, number] | null) =>
    (
      await harness.dataSource.query(
        `INSERT INTO case_study (title, summary, lead_council_code, stage, status, evidence_level, investment_pence, cashable_savings_pence_per_year)
         VALUES ('T', 'S', 'DER', 'LIVE', 'PUBLISHED', $1, $2, $3) RETURNING id`,
        [evidence, figures?.[0] ?? null, figures?.[1] ?? null],
      )
    )[0].id as string;

  it('keeps single figures exact and yearly, marks measured ones actual, and invents no period', async () => {
    const measured = await older('MEASURED_INTERNALLY', [200_000_000, 400_000_000]);
    const evaluated = await older('INDEPENDENTLY_EVALUATED', [100, 200]);
    const estimated = await older('ESTIMATED', [100, 200]);
    const unsaid = await older(null, null);
    const runner = harness.dataSource.createQueryRunner();
    try {
      await new BackfillCaseStudyFiguresBasis1796730000001().up(runner);
    } finally {
      await runner.release();
    }
    const rows: { id: string; basis: string }[] = await harness.dataSource.query(
      `SELECT id, figures_basis AS basis FROM case_study WHERE id = ANY($1)`,
      [[measured, evaluated, estimated, unsaid]],
    );
    expect(Object.fromEntries(rows.map((row) => [row.id, row.basis]))).toEqual({
      [measured]: 'ACTUAL',
      [evaluated]: 'ACTUAL',
      [estimated]: 'FORECAST',
      [unsaid]: 'FORECAST',
    });
    const officer = await signedIn(harness, { council: 'NOT' });
    const read = await officer.graphql<{ caseStudy: Record<string, unknown> }>(
      `query($id: ID!) { caseStudy(id: $id) {
        investmentStated cashableSavingsStated investmentUpTo cashableSavingsOver savingsPeriodYears
        figuresBasis appraisal { methodVersion } appraisalNotWorkedOut
      } }`,
      { id: measured },
    );
    expect(read.data!.caseStudy).toEqual({
      investmentStated: '£2,000,000',
      cashableSavingsStated: '£4,000,000 a year',
      investmentUpTo: false,
      cashableSavingsOver: 'YEAR',
      savingsPeriodYears: null,
      figuresBasis: 'ACTUAL',
      appraisal: null,
      appraisalNotWorkedOut: 'Not worked out: how many years the savings last is not given',
    });
  });
});
