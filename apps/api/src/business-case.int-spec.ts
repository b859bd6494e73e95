import { errorCodeOf, signedIn, type TestSession } from '@lgx/api/testing';
import { strFromU8, unzipSync } from 'fflate';

import { useQuestionsApp } from '../test/questions-test-app';

const SOURCE = 'caseStudyId title url';
const POINT = `text pence sources { ${SOURCE} }`;
const MONEY = 'pence formatted';
const BUSINESS_CASE = `query($caseStudy: ID, $objective: String, $technology: String) {
  businessCase(caseStudy: $caseStudy, objective: $objective, technology: $technology) {
    title documentName scaledByPopulation scalingNote methodUrl
    startedFrom { ${SOURCE} } council { code name population }
    optimismBias { label upliftPercent source }
    peers { source { ${SOURCE} } councilName councilPopulation scale figuresBasis
      investment { ${MONEY} } runningCostPerYear { ${MONEY} } cashableSavingsPerYear { ${MONEY} }
      period netPresentValue { ${MONEY} } }
    leftOut { source { ${SOURCE} } reason }
    spread { figure n low { ${POINT} } median { ${POINT} } high { ${POINT} } }
    readings { reading investment { ${MONEY} } runningCostPerYear { ${MONEY} }
      cashableSavingsPerYear { ${MONEY} } periodYears netPresentValue { ${MONEY} }
      netPresentValueUnadjusted { ${MONEY} } benefitCostRatio paybackYear sources { ${SOURCE} } }
  } }`;
const CREATE = `mutation($input: CaseStudyInput!) { createCaseStudy(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishCaseStudy(id: $id) { id } }`;

interface Source {
  caseStudyId: string;
  title: string;
  url: string;
}
interface Money {
  pence: string;
  formatted: string;
}
interface BusinessCase {
  title: string;
  documentName: string;
  scaledByPopulation: boolean;
  scalingNote: string;
  startedFrom: Source | null;
  peers: ({ source: Source; scale: string } & Record<
    'investment' | 'runningCostPerYear' | 'cashableSavingsPerYear',
    Money
  >)[];
  leftOut: { source: Source; reason: string }[];
  spread: ({ figure: string; n: number } & Record<
    'low' | 'median' | 'high',
    { text: string; pence: string | null; sources: Source[] }
  >)[];
  readings: { reading: string; investment: Money; netPresentValue: Money; sources: Source[] }[];
}

/** Whole pence × ours ÷ theirs, halves away from zero: worked out here, not by the code under test. */
const scaled = (pence: bigint, ours: bigint, theirs: bigint) =>
  (2n * pence * ours + theirs) / (2n * theirs);

const POPULATION = { DER: 257_302n, NOT: 332_900n, SKP: 294_197n };

const SPREAD_FIELDS = [
  ['Investment', 'investment'],
  ['Running cost a year', 'runningCostPerYear'],
  ['Cashable saving a year', 'cashableSavingsPerYear'],
] as const;

/** Every case study a business case names, wherever it names one. */
const sourcesIn = (found: BusinessCase): Source[] => [
  ...(found.startedFrom ? [found.startedFrom] : []),
  ...found.peers.map((peer) => peer.source),
  ...found.leftOut.map((left) => left.source),
  ...found.spread.flatMap((row) => [row.low, row.median, row.high].flatMap((p) => p.sources)),
  ...found.readings.flatMap((row) => row.sources),
];

describe('our business case from peers', () => {
  const world = useQuestionsApp({
    derbyEditor: { council: 'DER', role: 'EDITOR' },
    stockportEditor: { council: 'SKP', role: 'EDITOR' },
    kentEditor: { council: 'KEN', role: 'EDITOR' },
    nottinghamOfficer: { council: 'NOT', role: 'OFFICER' },
  });
  const ids: Record<string, string> = {};
  const publicUrl = () => world.harness.config.publicUrl;

  const study = async (editor: TestSession, title: string, figures: object, draft = false) => {
    const created = await editor.graphql<{ createCaseStudy: { id: string } }>(CREATE, {
      input: {
        title,
        summary: `${title}: what happened.`,
        challenge: `${title} faced too many calls.`,
        whatWasDone: `${title} bought a tool through a framework.`,
        lessonsLearned: `${title} learned to start small.`,
        stage: 'LIVE',
        objectives: ['EFFICIENCY'],
        technologies: ['AI'],
        ...figures,
      },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createCaseStudy.id;
    if (!draft) expect((await editor.graphql(PUBLISH, { id })).errors).toBeUndefined();
    return id;
  };
  const businessCase = async (
    as: { graphql: TestSession['graphql'] },
    args: Record<string, unknown>,
  ) => {
    const response = await as.graphql<{ businessCase: BusinessCase }>(BUSINESS_CASE, args);
    expect(response.errors).toBeUndefined();
    return response.data!.businessCase;
  };

  beforeAll(async () => {
    const { derbyEditor, stockportEditor, kentEditor } = world.people;
    // Derby: £100,000 invested, £50,000 a year saved for 4 years.
    ids['derby'] = await study(derbyEditor, 'Derby triage', {
      investment: '100000',
      cashableSavingsPerYear: '50000',
      savingsPeriodYears: 4,
    });
    // Stockport: £200,000 invested, £20,000 a year to run, £90,000 a year saved for 5 years.
    ids['stockport'] = await study(stockportEditor, 'Stockport assistant', {
      investment: '200000',
      runningCostPerYear: '20000',
      cashableSavingsPerYear: '90000',
      savingsPeriodYears: 5,
      figuresBasis: 'ACTUAL',
    });
    ids['kentNoFigures'] = await study(kentEditor, 'Kent pilot without money', {});
    ids['derbyDraft'] = await study(
      derbyEditor,
      'Derby draft with huge figures',
      { investment: '999999', cashableSavingsPerYear: '1', savingsPeriodYears: 1 },
      true,
    );
    ids['derbyOtherTags'] = await study(derbyEditor, 'Derby maps', {
      investment: '5000',
      cashableSavingsPerYear: '1000',
      savingsPeriodYears: 2,
      objectives: ['NET_ZERO'],
      technologies: ['GIS'],
    });
  });

  it('pre-fills the economic case from the published peers only, scaled to our population', async () => {
    const found = await businessCase(world.people.nottinghamOfficer, { caseStudy: ids['derby'] });
    expect(found.startedFrom!.caseStudyId).toBe(ids['derby']);
    expect(found.peers.map((peer) => peer.source.caseStudyId)).toEqual([
      ids['derby'],
      ids['stockport'],
    ]);
    expect(found.leftOut).toEqual([
      {
        source: expect.objectContaining({ caseStudyId: ids['kentNoFigures'] }),
        reason: expect.stringMatching(/does not state an investment/),
      },
    ]);
    const derby = scaled(10_000_000n, POPULATION.NOT, POPULATION.DER);
    const stockport = scaled(20_000_000n, POPULATION.NOT, POPULATION.SKP);
    expect(found.peers.map((peer) => peer.investment.pence)).toEqual([
      String(derby),
      String(stockport),
    ]);
    expect(found.peers[0]!.scale).toBe('1.294');
    expect(found.scaledByPopulation).toBe(true);
    expect(found.scalingNote).toMatch(/Nottingham's population \(332,900\)/);
    // The spread, with n: lowest and highest named by their source, the median of two between them.
    const investment = found.spread.find((row) => row.figure === 'Investment')!;
    expect(investment).toMatchObject({ n: 2 });
    expect(investment.low.pence).toBe(String(derby < stockport ? derby : stockport));
    expect(investment.high.pence).toBe(String(derby < stockport ? stockport : derby));
    expect(investment.median.pence).toBe(String((derby + stockport + 1n) / 2n));
    expect(investment.median.sources.map((s) => s.caseStudyId).sort()).toEqual(
      [ids['derby'], ids['stockport']].sort(),
    );
    expect(found.readings.map((row) => row.reading)).toEqual(['Low', 'Central', 'High']);
    expect(found.readings[1]!.investment.pence).toBe(investment.median.pence);
    // After the 200% optimism bias for IT, the central NPV is below the unadjusted one.
    expect(found.title).toBe('Our business case from peers of “Derby triage”');
  });

  it('makes every figure traceable: each source is a published case study used, linked absolutely', async () => {
    for (const args of [
      { caseStudy: ids['stockport'] },
      { objective: 'EFFICIENCY', technology: 'AI' },
    ]) {
      const found = await businessCase(world.people.nottinghamOfficer, args);
      const sources = sourcesIn(found);
      expect(sources.length).toBeGreaterThan(0);
      const used = new Set([...found.peers, ...found.leftOut].map((p) => p.source.caseStudyId));
      for (const source of sources) {
        expect(used.has(source.caseStudyId)).toBe(true);
        expect(source.url).toBe(`${publicUrl()}/case-studies/${source.caseStudyId}`);
      }
      const text = JSON.stringify(found);
      expect(text).not.toContain(ids['derbyDraft']);
      expect(text).not.toContain('Derby draft');
      expect(text).not.toContain(ids['derbyOtherTags']);
      // The lowest and highest of each amount are the cited peers' own figures, at our size.
      for (const [figure, field] of SPREAD_FIELDS) {
        const row = found.spread.find((r) => r.figure === figure)!;
        for (const end of [row.low, row.high]) {
          for (const source of end.sources) {
            const peer = found.peers.find((p) => p.source.caseStudyId === source.caseStudyId)!;
            expect(peer[field].pence).toBe(end.pence);
          }
        }
      }
    }
  });

  it('never starts from a draft, and says what is wrong with a bad start', async () => {
    const officer = world.people.nottinghamOfficer;
    const ask = (args: Record<string, unknown>) => officer.graphql(BUSINESS_CASE, args);
    expect(errorCodeOf(await ask({ caseStudy: ids['derbyDraft'] }))).toBe('NOT_FOUND');
    expect(errorCodeOf(await ask({ caseStudy: 'not-an-id' }))).toBe('BAD_USER_INPUT');
    expect(errorCodeOf(await ask({}))).toBe('BAD_USER_INPUT');
    const badKey = await ask({ objective: 'EFFICIENCY', technology: 'TELEPATHY' });
    expect(errorCodeOf(badKey)).toBe('BAD_USER_INPUT');
    expect(badKey.errors![0]!.message).toMatch(/technology must be one of: AI, /);
    for (const [query, status, code] of [
      [`caseStudy=${ids['derbyDraft']}`, 404, 'NOT_FOUND'],
      ['objective=EFFICIENCY&technology=TELEPATHY', 400, 'BAD_USER_INPUT'],
      ['caseStudy=a&caseStudy=b', 400, 'BAD_USER_INPUT'],
    ] as const) {
      const refused = await world.harness
        .http()
        .get(`/business-case/document.docx?${query}`)
        .set('cookie', officer.cookie)
        .expect(status);
      expect(refused.body.errors[0].extensions).toEqual({ code });
      expect(refused.text).not.toMatch(/ at .*\.ts:\d+/); // no stack trace
    }
    expect(errorCodeOf(await ask({ caseStudy: ids['derby'], objective: 'EFFICIENCY' }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('refuses visitors, on the query and on the downloads', async () => {
    const response = await world.harness.graphql(BUSINESS_CASE, { caseStudy: ids['derby'] });
    expect(errorCodeOf(response)).toBe('UNAUTHENTICATED');
    const unverified = await signedIn(world.harness, { unverified: true });
    const refused = await unverified.graphql(BUSINESS_CASE, { caseStudy: ids['derby'] });
    expect(errorCodeOf(refused)).toBe('FORBIDDEN');
    expect(response.data?.['businessCase'] ?? null).toBeNull();
    for (const file of ['docx', 'md']) {
      const refused = await world.harness
        .http()
        .get(`/business-case/document.${file}?caseStudy=${ids['derby']}`)
        .expect(401);
      expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('shows the figures as stated, and says so, when our population is not known', async () => {
    await world.harness.dataSource.query(
      `INSERT INTO council (code, official_name, nice_name, type_code, nation, region, is_current)
       VALUES ('NOP', 'No Population Council', 'Nopop', 'UA', 'England', 'East Midlands', true)`,
    );
    const officer = await signedIn(world.harness, { council: 'NOP', role: 'OFFICER' });
    const found = await businessCase(officer, { caseStudy: ids['derby'] });
    expect(found.scaledByPopulation).toBe(false);
    expect(found.scalingNote).toMatch(/population is not in the council register/);
    expect(found.peers[0]!.investment.pence).toBe('10000000');
    // A peer whose council has no population cannot be scaled to a council that has one.
    const nopopEditor = await signedIn(world.harness, { council: 'NOP', role: 'EDITOR' });
    const unscalable = await study(nopopEditor, 'Nopop chatbot', {
      investment: '1000',
      cashableSavingsPerYear: '1000',
      savingsPeriodYears: 2,
    });
    const forNottingham = await businessCase(world.people.nottinghamOfficer, {
      caseStudy: ids['derby'],
    });
    expect(forNottingham.leftOut.find((l) => l.source.caseStudyId === unscalable)!.reason).toMatch(
      /population is not in the council register/,
    );
  });

  it('exports the Five Case Model as Markdown and as an editable .docx, every figure linked to its source', async () => {
    const officer = world.people.nottinghamOfficer;
    const found = await businessCase(officer, { caseStudy: ids['derby'] });
    const get = (file: string) =>
      world.harness
        .http()
        .get(`/business-case/document.${file}?caseStudy=${ids['derby']}`)
        .set('cookie', officer.cookie)
        .responseType('blob') // the body as bytes, whatever its type
        .expect(200);
    const markdown = await get('md');
    expect(markdown.headers['content-disposition']).toBe(
      `attachment; filename="${found.documentName}.md"`,
    );
    expect(found.documentName).toMatch(/^our-business-case-nottingham-\d{4}-\d{2}-\d{2}$/);
    const md = (markdown.body as Buffer).toString('utf8');
    const docx = await get('docx');
    expect(docx.headers['content-disposition']).toBe(
      `attachment; filename="${found.documentName}.docx"`,
    );
    const files = unzipSync(new Uint8Array(docx.body as Buffer));
    const documentXml = strFromU8(files['word/document.xml']!);
    const links = strFromU8(files['word/_rels/document.xml.rels']!);
    for (const heading of [
      'Strategic case',
      'Economic case',
      'Commercial case',
      'Financial case',
      'Management case',
    ]) {
      expect(md).toContain(heading);
      expect(documentXml).toContain(heading);
    }
    expect(documentXml).toContain('<w:tbl>'); // real tables, editable
    for (const peer of found.peers) {
      expect(md).toContain(peer.investment.formatted);
      expect(documentXml).toContain(peer.investment.formatted);
      expect(md).toContain(`(<${peer.source.url}>)`);
      expect(links).toContain(peer.source.url);
    }
    for (const row of found.readings) expect(documentXml).toContain(row.netPresentValue.formatted);
    expect(md).toContain('learned to start small'); // peers' lessons as prompts
    for (const text of [md, documentXml, links]) expect(text).not.toContain(ids['derbyDraft']);
  });
});
