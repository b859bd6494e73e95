import { SearchIndexer } from '@lgx/api/core/search';
import {
  bootTestApp,
  seedTestCouncils,
  signedIn,
  type TestApp,
  type TestSession,
} from '@lgx/api/testing';

import { createApp } from './bootstrap';

const CREATE = `mutation($input: CaseStudyInput!) { createCaseStudy(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishCaseStudy(id: $id) { id status } }`;
const SEARCH = `query($q: String, $sort: SearchSort, $facets: [FacetFilterInput!]) {
  search(query: $q, filters: { types: [CASE_STUDY], facets: $facets }, sort: $sort, first: 20) {
    edges { node {
      id title investmentStated cashableSavingsStated
      netPresentValue { pence formatted } paybackYear figuresBasis figuresNotWorkedOut
    } }
    facets { attribute values { value count } }
  }
}`;

interface Hit {
  id: string;
  title: string;
  investmentStated: string | null;
  cashableSavingsStated: string | null;
  netPresentValue: { pence: string; formatted: string } | null;
  paybackYear: number | null;
  figuresBasis: string | null;
  figuresNotWorkedOut: string | null;
}
interface Results {
  search: {
    edges: { node: Hit }[];
    facets: { attribute: string; values: { value: string; count: number }[] }[];
  };
}

/** Every word here is in these case studies' titles and nowhere else. */
const WORD = 'pangolin';

describe('case studies in search: the appraisal method’s figures, sorts and the actuals filter', () => {
  let harness: TestApp;
  let editor: TestSession;

  beforeAll(async () => {
    harness = await bootTestApp((config) =>
      createApp(config, { logger: false, importCouncils: false }),
    );
    await seedTestCouncils(harness.dataSource);
    editor = await signedIn(harness, { council: 'DER', role: 'EDITOR' });
  });
  afterAll(() => harness?.close());

  async function create(title: string, figures: object): Promise<string> {
    const created = await editor.graphql<{ createCaseStudy: { id: string } }>(CREATE, {
      input: {
        title: `${WORD} ${title}`,
        summary: 'Figures in search.',
        stage: 'LIVE',
        technologies: ['AI'],
        ...figures,
      },
    });
    expect(created.errors).toBeUndefined();
    return created.data!.createCaseStudy.id;
  }

  async function published(title: string, figures: object): Promise<string> {
    const id = await create(title, figures);
    expect((await editor.graphql(PUBLISH, { id })).errors).toBeUndefined();
    return id;
  }

  async function search(variables: object = {}): Promise<Results['search']> {
    await harness.app.get(SearchIndexer).settle();
    const response = await harness.graphql<Results>(SEARCH, { q: WORD, ...variables });
    expect(response.errors).toBeUndefined();
    return response.data!.search;
  }
  const titles = async (variables: object) =>
    (await search(variables)).edges.map((edge) => edge.node.title.replace(`${WORD} `, ''));

  let derby: string;
  beforeAll(async () => {
    // NPV (central, unadjusted): £3,799,756.73, payback year 2 (docs/appraisal-method.md).
    derby = await published('Derby', {
      investment: '1.5m',
      investmentHigh: '2m',
      cashableSavingsPerYear: '12m',
      cashableSavingsUpTo: true,
      cashableSavingsOver: 'PERIOD',
      savingsPeriodYears: 3,
      savingsPeriodYearsTo: 4,
    });
    // −£100k, then £60k a year for 2 years: NPV £13,981.66, paid back in year 2; measured.
    await published('Small actual', {
      investment: '100k',
      cashableSavingsPerYear: '60k',
      savingsPeriodYears: 2,
      figuresBasis: 'ACTUAL',
    });
    // −£10k, then £20k in year 1: NPV £9,323.67, paid back in year 1; measured.
    await published('Quick actual', {
      investment: '10k',
      cashableSavingsPerYear: '20k',
      savingsPeriodYears: 1,
      figuresBasis: 'ACTUAL',
    });
    // Never pays back: −£1m, then £10k a year for 5 years.
    await published('Loss', {
      investment: '1m',
      cashableSavingsPerYear: '10k',
      savingsPeriodYears: 5,
    });
    await published('No figures', {});
    await published('No period', { investment: '50k', cashableSavingsPerYear: '100k' });
    // A draft with the best figures of all: never in public search.
    await create('Draft', {
      investment: '1',
      cashableSavingsPerYear: '90m',
      savingsPeriodYears: 30,
      figuresBasis: 'ACTUAL',
    });
  });

  it('carries the stated figures and the method’s central NPV and payback, exact', async () => {
    const hit = (await search()).edges.find((edge) => edge.node.id === derby)!.node;
    expect(hit).toEqual({
      id: derby,
      title: `${WORD} Derby`,
      investmentStated: '£1,500,000 to £2,000,000',
      cashableSavingsStated: 'up to £12,000,000 over 3 to 4 years',
      netPresentValue: { pence: '379975673', formatted: '£3,799,756.73' },
      paybackYear: 2,
      figuresBasis: 'Forecast',
      figuresNotWorkedOut: null,
    });
    const reasons = Object.fromEntries(
      (await search()).edges.map(({ node }) => [node.title, node.figuresNotWorkedOut]),
    );
    expect(reasons[`${WORD} No figures`]).toBe('No figures given');
    expect(reasons[`${WORD} No period`]).toBe(
      'Not worked out: how many years the savings last is not given',
    );
  });

  it('sorts by net present value, highest first, those without figures last', async () => {
    const order = await titles({ sort: 'HIGHEST_NPV' });
    expect(order.slice(0, 4)).toEqual(['Derby', 'Small actual', 'Quick actual', 'Loss']);
    expect(order.slice(4).sort()).toEqual(['No figures', 'No period']);
  });

  it('sorts by payback, soonest first, never paid back and no figures last', async () => {
    const order = await titles({ sort: 'SOONEST_PAYBACK' });
    // Year 1, then year 2 (the higher NPV first), then the rest.
    expect(order.slice(0, 3)).toEqual(['Quick actual', 'Derby', 'Small actual']);
    expect(order.slice(3).sort()).toEqual(['Loss', 'No figures', 'No period']);
  });

  it('filters to measured figures only, and never shows a draft', async () => {
    const facets = (await search()).facets.find((facet) => facet.attribute === 'figures');
    expect(facets?.values).toEqual(
      expect.arrayContaining([
        { value: 'Measured actual', count: 2 },
        { value: 'Forecast', count: 2 },
      ]),
    );
    const actuals = await titles({
      sort: 'HIGHEST_NPV',
      facets: [{ attribute: 'figures', values: ['Measured actual'] }],
    });
    expect(actuals).toEqual(['Small actual', 'Quick actual']);
    for (const sort of ['HIGHEST_NPV', 'SOONEST_PAYBACK', 'RELEVANCE'])
      expect(await titles({ sort })).not.toContain('Draft');
  });
});
