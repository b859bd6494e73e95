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
const SEARCH = `query($q: String) {
  search(query: $q, filters: { types: [CASE_STUDY] }, first: 10) {
    edges { node {
      id title
      investment { pence formatted }
      runningCostPerYear { pence formatted }
      cashableSavingsPerYear { pence formatted }
      paybackMonths paybackNotWorkedOut
    } }
  }
}`;

interface Hit {
  id: string;
  title: string;
  investment: { pence: string; formatted: string } | null;
  runningCostPerYear: { pence: string; formatted: string } | null;
  cashableSavingsPerYear: { pence: string; formatted: string } | null;
  paybackMonths: number | null;
  paybackNotWorkedOut: string | null;
}

describe('a case study in search results', () => {
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

  async function published(title: string, figures: object): Promise<string> {
    const created = await editor.graphql<{ createCaseStudy: { id: string } }>(CREATE, {
      input: {
        title,
        summary: 'Headline figures in search.',
        challenge: 'Finding what others spent and saved.',
        whatWasDone: 'Shared the numbers.',
        stage: 'LIVE',
        serviceAreas: ['ADULT_SOCIAL_CARE'],
        technologies: ['AI'],
        ...figures,
      },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createCaseStudy.id;
    expect((await editor.graphql(PUBLISH, { id })).errors).toBeUndefined();
    return id;
  }

  async function hit(query: string, id: string): Promise<Hit | undefined> {
    await harness.app.get(SearchIndexer).settle();
    const response = await harness.graphql<{ search: { edges: { node: Hit }[] } }>(SEARCH, {
      q: query,
    });
    expect(response.errors).toBeUndefined();
    return response.data!.search.edges.map((edge) => edge.node).find((node) => node.id === id);
  }

  it('carries the investment, the yearly saving and the payback worked out from them', async () => {
    const id = await published('Quokka care package reviews', {
      investment: '150k',
      runningCostPerYear: '20k',
      cashableSavingsPerYear: '120k',
    });
    expect(await hit('quokka', id)).toEqual({
      id,
      title: 'Quokka care package reviews',
      investment: { pence: '15000000', formatted: '£150,000' },
      runningCostPerYear: { pence: '2000000', formatted: '£20,000' },
      cashableSavingsPerYear: { pence: '12000000', formatted: '£120,000' },
      paybackMonths: 18,
      paybackNotWorkedOut: null,
    });
  });

  it('says why the payback is missing beside a stated saving', async () => {
    const id = await published('Wombat phone assistant', { cashableSavingsPerYear: '4m' });
    expect(await hit('wombat', id)).toMatchObject({
      investment: null,
      cashableSavingsPerYear: { pence: '400000000', formatted: '£4,000,000' },
      paybackMonths: null,
      paybackNotWorkedOut: 'Not worked out: no investment was given',
    });
    const read = await harness.graphql<{ caseStudy: Record<string, unknown> }>(
      `query($id: ID!) { caseStudy(id: $id) { paybackMonths paybackNotWorkedOut threeYearNetBenefitNotWorkedOut } }`,
      { id },
    );
    expect(read.data!.caseStudy).toEqual({
      paybackMonths: null,
      paybackNotWorkedOut: 'Not worked out: no investment was given',
      threeYearNetBenefitNotWorkedOut: 'Not worked out: no investment was given',
    });
  });

  it('says when running costs are more than the savings', async () => {
    const id = await published('Numbat sensors', {
      investment: '10k',
      runningCostPerYear: '50k',
      cashableSavingsPerYear: '40k',
    });
    expect(await hit('numbat', id)).toMatchObject({
      paybackMonths: null,
      paybackNotWorkedOut: 'Not worked out: running costs are more than the savings',
    });
  });
});
