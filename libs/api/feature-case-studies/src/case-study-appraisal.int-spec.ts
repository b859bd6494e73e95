import {
  bootTestApp,
  createFeatureApp,
  seedTestCouncils,
  signedIn,
  type TestApp,
  type TestSession,
} from '@lgx/api/testing';

import { CASE_STUDY_ENTITIES, CaseStudiesModule } from './case-studies.module';

const FIGURES = `
  investment { pence } investmentHigh { pence } investmentUpTo
  cashableSavingsPerYear { pence } cashableSavingsHigh { pence } cashableSavingsUpTo cashableSavingsOver
  savingsPeriodYears savingsPeriodYearsTo projectType { key label } figuresBasis appraisalNotWorkedOut
  appraisal {
    methodVersion methodUrl hasRange optimismBias { projectType upliftPercent appliesTo source }
    low { unadjusted { ...F } adjusted { ...F } }
    central { unadjusted { ...F } adjusted { ...F } }
    high { unadjusted { ...F } adjusted { ...F } }
  }`;
const OUTCOME = `fragment F on AppraisalFigures {
  netPresentValue { pence formatted } benefitCostRatio paybackYear discountedPaybackYear
}`;
const CREATE = `mutation($input: CaseStudyInput!) { createCaseStudy(input: $input) { id ${FIGURES} } } ${OUTCOME}`;
const UPDATE = `mutation($id: ID!, $input: CaseStudyInput!) { updateCaseStudy(id: $id, input: $input) { id } }`;
const GET = `query($id: ID!) { caseStudy(id: $id) { id ${FIGURES} } } ${OUTCOME}`;

const base = {
  title: 'AI across the council',
  summary: 'Derby’s AI programme.',
  stage: 'LIVE',
  technologies: ['AI'],
};
/** Derby's words: "between £1.5m and £2m" invested, "up to £12m" saved over three to four years. */
const derby = {
  ...base,
  investment: '1.5m',
  investmentHigh: '£2,000,000',
  cashableSavingsPerYear: '12m',
  cashableSavingsUpTo: true,
  cashableSavingsOver: 'PERIOD',
  savingsPeriodYears: 3,
  savingsPeriodYearsTo: 4,
};

const FEATURE = { imports: [CaseStudiesModule], entities: CASE_STUDY_ENTITIES };

type Study = Record<string, unknown> & {
  appraisal: Record<
    'low' | 'central' | 'high',
    Record<'unadjusted' | 'adjusted', Record<string, unknown>>
  > | null;
};

describe('case study figures appraised by the Green Book method', () => {
  let harness: TestApp;
  let editor: TestSession;

  beforeAll(async () => {
    harness = await bootTestApp((config) => createFeatureApp(config, FEATURE));
    await seedTestCouncils(harness.dataSource);
    editor = await signedIn(harness, { role: 'EDITOR', council: 'DER' });
  });
  afterAll(() => harness?.close());

  async function create(input: object): Promise<Study & { id: string }> {
    const response = await editor.graphql<{ createCaseStudy: Study & { id: string } }>(CREATE, {
      input,
    });
    expect(response.errors).toBeUndefined();
    return response.data!.createCaseStudy;
  }

  it('stores Derby’s ranges exactly and shows the worked example of appraisal-method.md', async () => {
    const created = await create(derby);
    const read = await editor.graphql<{ caseStudy: Study }>(GET, { id: created.id });
    const study = read.data!.caseStudy;
    expect(study).toMatchObject({
      investment: { pence: '150000000' },
      investmentHigh: { pence: '200000000' },
      investmentUpTo: false,
      cashableSavingsPerYear: { pence: '1200000000' },
      cashableSavingsHigh: null,
      cashableSavingsUpTo: true,
      cashableSavingsOver: 'PERIOD',
      savingsPeriodYears: 3,
      savingsPeriodYearsTo: 4,
      projectType: { key: 'equipment-development' },
      figuresBasis: 'FORECAST',
      appraisalNotWorkedOut: null,
    });
    const appraisal = study.appraisal!;
    expect(appraisal).toMatchObject({
      methodVersion: 'lgx-green-book-1',
      methodUrl: '/appraisal-method',
      hasRange: true,
      optimismBias: { projectType: 'equipment-development', upliftPercent: 200 },
    });
    expect(appraisal.central.unadjusted).toEqual({
      netPresentValue: { pence: '379975673', formatted: '£3,799,756.73' },
      benefitCostRatio: '3.17',
      paybackYear: 2,
      discountedPaybackYear: 2,
    });
    expect(appraisal.central.adjusted).toMatchObject({
      netPresentValue: { pence: '29975673' },
      benefitCostRatio: '1.06',
      paybackYear: 4,
    });
    expect(appraisal.low.unadjusted).toMatchObject({
      netPresentValue: { pence: '-200000000' },
      paybackYear: null,
    });
    expect(appraisal.high.unadjusted.netPresentValue).toEqual({
      pence: '970654792',
      formatted: '£9,706,547.92',
    });
    const [row] = await harness.dataSource.query(
      `SELECT investment_pence::text AS low, investment_high_pence::text AS high, cashable_savings_up_to AS "upTo"
         FROM case_study WHERE id = $1`,
      [created.id],
    );
    expect(row).toEqual({ low: '150000000', high: '200000000', upTo: true });
  });

  it('keeps a measured actual and the project type chosen, with its optimism bias', async () => {
    const study = await create({
      ...base,
      investment: '100k',
      runningCostPerYear: '10k',
      cashableSavingsPerYear: '60k',
      savingsPeriodYears: 5,
      projectType: 'outsourcing',
      figuresBasis: 'ACTUAL',
    });
    expect(study).toMatchObject({
      figuresBasis: 'ACTUAL',
      projectType: { key: 'outsourcing', label: 'Outsourcing' },
      appraisal: {
        hasRange: false,
        optimismBias: { upliftPercent: 41, appliesTo: 'running-cost' },
      },
    });
    // Exact figures: low, central and high are the same.
    expect(study.appraisal!.low).toEqual(study.appraisal!.central);
    expect(study.appraisal!.high).toEqual(study.appraisal!.central);
  });

  it('says "no figures given" or which figure is missing instead of inventing one', async () => {
    expect(await create(base)).toMatchObject({
      appraisal: null,
      appraisalNotWorkedOut: 'No figures given',
    });
    expect(
      await create({ ...base, investment: '10k', cashableSavingsPerYear: '5k' }),
    ).toMatchObject({
      appraisal: null,
      appraisalNotWorkedOut: 'Not worked out: how many years the savings last is not given',
    });
  });

  it('refuses bad figures with BAD_USER_INPUT naming the field, and changes nothing', async () => {
    const kept = await create(derby);
    const count = async () =>
      (await harness.dataSource.query(`SELECT count(*)::int AS n FROM case_study`))[0].n;
    const before = await count();
    const cases: [object, string, RegExp][] = [
      [{ investmentHigh: '1m' }, 'investmentHigh', /above the high end/],
      [{ investment: '-5' }, 'investment', /cannot be negative/],
      [
        { cashableSavingsHigh: '-1m', cashableSavingsUpTo: false },
        'cashableSavingsHigh',
        /negative/,
      ],
      [{ investment: '1500.255' }, 'investment', /more than 2 decimal places/],
      [{ investmentUpTo: true }, 'investmentHigh', /range or as "up to"/],
      [{ savingsPeriodYears: 0, savingsPeriodYearsTo: null }, 'savingsPeriodYears', /1 to 30/],
      [{ savingsPeriodYearsTo: 31 }, 'savingsPeriodYearsTo', /1 to 30/],
      [{ savingsPeriodYears: 5, savingsPeriodYearsTo: 4 }, 'savingsPeriodYearsTo', /shorter/],
      [{ savingsPeriodYears: null, savingsPeriodYearsTo: null }, 'savingsPeriodYears', /total/],
      [{ investment: null }, 'investment', /low end/],
      [{ projectType: 'moon-base' }, 'projectType', /Choose a project type/],
    ];
    for (const [change, field, message] of cases) {
      for (const response of [
        await editor.graphql(CREATE, { input: { ...derby, ...change } }),
        await editor.graphql(UPDATE, { id: kept.id, input: { ...derby, ...change } }),
      ]) {
        const error = response.errors?.[0];
        expect({ change, code: error?.extensions?.['code'] }).toEqual({
          change,
          code: 'BAD_USER_INPUT',
        });
        const fields = error?.extensions?.['fields'] as { field: string; message: string }[];
        expect({ change, fields: fields.map((f) => f.field) }).toEqual({ change, fields: [field] });
        expect(fields[0]!.message).toMatch(message);
      }
    }
    // Values the schema's types cannot hold are refused before the rules, naming the field too.
    for (const [change, field] of [
      [{ savingsPeriodYears: 2.5 }, 'savingsPeriodYears'],
      [{ figuresBasis: 'GUESS' }, 'figuresBasis'],
      [{ cashableSavingsOver: 'MONTH' }, 'cashableSavingsOver'],
    ] as const) {
      const response = await editor.graphql(UPDATE, {
        id: kept.id,
        input: { ...derby, ...change },
      });
      expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toContain(field);
    }
    expect(await count()).toBe(before);
    const after = await editor.graphql<{ caseStudy: Study }>(GET, { id: kept.id });
    expect(after.data!.caseStudy).toEqual(kept);
  });
});
