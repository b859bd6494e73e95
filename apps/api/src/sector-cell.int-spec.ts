import { errorCodeOf, signedIn, type TestSession } from '@lgx/api/testing';

import {
  adopt,
  answer,
  caseStudy,
  component,
  type Listed,
  listsOf,
  ok,
} from '../test/insight-test-steps';
import { useQuestionsApp } from '../test/questions-test-app';

const CELL = `query($objective: StrategicObjective!, $technology: Technology!, $filter: SectorMapFilter) {
  sectorMapCell(objective: $objective, technology: $technology, filter: $filter) {
    objective technology councilsAnswered suppressedReason
    figures { highPotentialShare planningShare liveWithEvidence publishedCaseStudies gap heldBackReason }
    caseStudies(first: 100) { edges { node { id title path leadCouncilCode leadCouncilName
      figuresBasis netPresentValue { pence formatted } paybackYear appraisalNotWorkedOut } } }
    components(first: 100) { edges { node { id name path } } }
    willingCouncils(first: 100) { edges { node { code name path reasons } } }
  } }`;
const SECTOR = `query($filter: SectorMapFilter) { sectorMap(filter: $filter) {
  councilsAnswered suppressedReason
  cells { objective technology highPotentialShare planningShare liveWithEvidence publishedCaseStudies gap heldBackReason }
} }`;
const PUBLISH_MAP = `mutation($code: String!) { publishAmbitionMap(councilCode: $code) { published } }`;

interface Cell {
  councilsAnswered: number | null;
  suppressedReason: string | null;
  figures: Record<string, unknown>;
  caseStudies: {
    id: string;
    title: string;
    path: string;
    leadCouncilCode: string;
    figuresBasis: string;
    netPresentValue: { pence: string; formatted: string } | null;
    paybackYear: number | null;
    appraisalNotWorkedOut: string | null;
  }[];
  components: { id: string; name: string; path: string }[];
  willingCouncils: { code: string; name: string; path: string; reasons: string[] }[];
}

describe('a sector map cell, opened', () => {
  const world = useQuestionsApp({
    derbyEditor: { council: 'DER', role: 'EDITOR' },
    derbyAdmin: { council: 'DER', role: 'ADMIN' },
    nottinghamEditor: { council: 'NOT', role: 'EDITOR' },
    kentEditor: { council: 'KEN', role: 'EDITOR' },
  });
  const cellOf = async (as: { graphql: TestSession['graphql'] }, filter: object = {}) => {
    const response = await as.graphql<{ sectorMapCell: Listed<Cell> }>(CELL, {
      objective: 'EFFICIENCY',
      technology: 'AI',
      filter,
    });
    expect(response.errors).toBeUndefined();
    return listsOf(response.data!.sectorMapCell);
  };

  it('lists only published case studies, components and councils that made it public; nothing private or draft, for a visitor or another council', async () => {
    const { derbyEditor, derbyAdmin, nottinghamEditor, kentEditor } = world.people;
    // Derby: a published case study with Green Book figures, a component adopted for it, a published map.
    const derbyStudy = await caseStudy(derbyEditor, 'Derby AI for care assessments', {
      investment: '1.5m',
      investmentHigh: '£2,000,000',
      cashableSavingsPerYear: '12m',
      cashableSavingsUpTo: true,
      cashableSavingsOver: 'PERIOD',
      savingsPeriodYears: 3,
      savingsPeriodYearsTo: 4,
      figuresBasis: 'ACTUAL',
    });
    const chat = await component(kentEditor, 'Care assessment assistant', ['AI']);
    await adopt(derbyEditor, chat, derbyStudy);
    const gisOnly = await component(kentEditor, 'Street map layer', ['GIS']);
    await adopt(derbyEditor, gisOnly, derbyStudy);
    await answer(derbyEditor, 'DER', [
      {
        technology: 'AI',
        potential: 'HIGH',
        plan: 'LIVE',
        evidence: { kind: 'CASE_STUDY', id: derbyStudy },
      },
    ]);
    await ok(derbyAdmin, PUBLISH_MAP, { code: 'DER' });
    // Derby's draft: never listed.
    await caseStudy(derbyEditor, 'Derby draft chatbot', {}, true);
    // A draft component tied to the published case study (written as its owner would): never listed.
    const draftComponent = await component(kentEditor, 'Draft triage model', ['AI'], true);
    await world.harness.dataSource.query(
      `INSERT INTO component_adoption (component_id, council_code, status, case_study_id)
       VALUES ($1, 'DER', 'IN_USE', $2)`,
      [draftComponent, derbyStudy],
    );
    // Nottingham: LIVE with evidence, but in its PRIVATE map: neither it nor its component is listed.
    const notts = await component(kentEditor, 'Nottingham private evidence tool', ['AI']);
    const nottsAdoption = await adopt(nottinghamEditor, notts);
    await answer(nottinghamEditor, 'NOT', [
      {
        technology: 'AI',
        potential: 'HIGH',
        plan: 'LIVE',
        evidence: { kind: 'ADOPTION', id: nottsAdoption },
      },
    ]);
    // Kent: a published case study of another objective: not in this cell.
    await caseStudy(kentEditor, 'Kent AI for growth', { objectives: ['ECONOMIC_GROWTH'] });

    for (const reader of [world.harness, nottinghamEditor, kentEditor]) {
      const cell = await cellOf(reader);
      expect(cell.caseStudies.map((s) => s.title)).toEqual(['Derby AI for care assessments']);
      expect(cell.caseStudies[0]).toMatchObject({
        id: derbyStudy,
        path: `/case-studies/${derbyStudy}`,
        leadCouncilCode: 'DER',
        figuresBasis: 'ACTUAL',
        appraisalNotWorkedOut: null,
      });
      expect(BigInt(cell.caseStudies[0]!.netPresentValue!.pence)).toBeGreaterThan(0n);
      expect(cell.components).toEqual([
        { id: chat, name: 'Care assessment assistant', path: `/components/${chat}` },
      ]);
      expect(cell.willingCouncils).toEqual([
        {
          code: 'DER',
          name: expect.any(String),
          path: '/councils/DER',
          reasons: ['LED_CASE_STUDY', 'LIVE'],
        },
      ]);
      const text = JSON.stringify(cell);
      for (const hidden of ['draft', 'Draft', 'Nottingham', 'NOT', notts, draftComponent])
        expect(text).not.toContain(hidden);
    }
  });

  it('gives the figures of the sector map under the same filter, held back by the same rule', async () => {
    const visitor = world.harness;
    const held = await cellOf(visitor);
    expect(held).toMatchObject({
      councilsAnswered: null,
      suppressedReason: 'fewer than 5 councils answered',
      figures: {
        highPotentialShare: null,
        planningShare: null,
        liveWithEvidence: null,
        publishedCaseStudies: 1,
      },
    });
    // Derby's map is published (public), so five PRIVATE maps are needed: Nottingham and four more.
    for (const code of ['EM3', 'EM4', 'EM5', 'EM6']) {
      await world.harness.dataSource.query(
        `INSERT INTO council (code, official_name, nice_name, type_code, nation, region, is_current)
         VALUES ($1, $2, $2, 'UA', 'England', 'East Midlands', true) ON CONFLICT (code) DO NOTHING`,
        [code, `Test council ${code}`],
      );
      const editor = await signedIn(world.harness, { council: code, role: 'EDITOR' });
      await answer(editor, code, [
        { technology: 'AI', potential: code === 'EM5' || code === 'EM6' ? 'SOME' : 'HIGH' },
      ]);
    }
    for (const filter of [
      {},
      { nation: 'ENGLAND' },
      { councilType: 'UA' },
      { region: 'North West' },
    ]) {
      const cell = await cellOf(visitor, filter);
      const map = (
        await ok<{
          sectorMap: {
            councilsAnswered: number | null;
            suppressedReason: string | null;
            cells: Record<string, unknown>[];
          };
        }>(world.people.kentEditor, SECTOR, { filter })
      ).sectorMap;
      const { objective, technology, ...figures } = map.cells.find(
        (c) => c.objective === 'EFFICIENCY' && c.technology === 'AI',
      )!;
      expect([objective, technology]).toEqual(['EFFICIENCY', 'AI']);
      expect(cell.figures).toEqual(figures);
      expect(cell.councilsAnswered).toBe(map.councilsAnswered);
      expect(cell.suppressedReason).toBe(map.suppressedReason);
    }
    const shown = await cellOf(visitor);
    // Live with evidence: Derby (published) and Nottingham, the only private one: "2" less
    // Derby's public answer would tell Nottingham that none of the other four is live.
    expect(shown.figures).toMatchObject({ highPotentialShare: 4 / 6, liveWithEvidence: null });
    // The lists follow the filter too: Derby leads nothing in the North West.
    const northWest = await cellOf(visitor, { region: 'North West' });
    expect(northWest).toMatchObject({ caseStudies: [], components: [], willingCouncils: [] });
  });

  it('refuses an unknown objective or technology with a clear error', async () => {
    for (const variables of [
      { objective: 'NOPE', technology: 'AI' },
      { objective: 'EFFICIENCY', technology: 'TELEPATHY' },
    ]) {
      const response = await world.harness.graphql(CELL, variables);
      expect(errorCodeOf(response)).toBeDefined();
      expect(response.errors![0]!.message).toMatch(/NOPE|TELEPATHY/);
      expect(JSON.stringify(response.errors)).not.toMatch(/at .*\.ts:\d+/);
    }
  });
});
