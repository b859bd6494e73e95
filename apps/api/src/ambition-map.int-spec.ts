import { errorCodeOf, problemFieldsOf, signedIn, type TestSession } from '@lgx/api/testing';

import { useQuestionsApp } from '../test/questions-test-app';

const MAP = `query($code: String!) { ambitionMap(councilCode: $code) {
  councilName published version canEdit canPublish
  objectives { objective importance cells { technology potential plan barriers readiness evidence { kind id title path } } }
} }`;
const SAVE = `mutation($input: AmbitionObjectiveInput!) { saveAmbitionObjective(input: $input) { version } }`;
const PUBLISH = `mutation($code: String!) { publishAmbitionMap(councilCode: $code) { published version } }`;
const UNPUBLISH = `mutation($code: String!) { unpublishAmbitionMap(councilCode: $code) { published version } }`;
const HISTORY = `query($code: String!, $first: Int, $after: String) { ambitionMapHistory(councilCode: $code, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { version kind changes } }
} }`;
const OPTIONS = `query($code: String!) { ambitionEvidenceOptions(councilCode: $code) { kind id title } }`;
const ADOPT = `mutation($id: ID!, $input: AdoptionInput!) { recordAdoption(componentId: $id, input: $input) { id } }`;
const SEARCH = `query($q: String!) { search(query: $q) { totalCount edges { node { __typename } } } }`;

interface MapData {
  ambitionMap: {
    published: boolean;
    version: number;
    canEdit: boolean;
    canPublish: boolean;
    objectives: {
      objective: string;
      importance: number | null;
      cells: { technology: string; plan: string | null; evidence: { title: string } | null }[];
    }[];
  } | null;
}

describe("a council's digital ambition map", () => {
  const world = useQuestionsApp({
    derbyOfficer: { council: 'DER' },
    derbyEditor: { council: 'DER', role: 'EDITOR' },
    derbyAdmin: { council: 'DER', role: 'ADMIN' },
    kentEditor: { council: 'KEN', role: 'EDITOR' },
    resident: {},
    platformAdmin: { platformRole: 'ADMIN' },
  });
  const visitor = () => world.harness;
  const read = async (as: { graphql: TestSession['graphql'] }, code = 'DER') => {
    const response = await as.graphql<MapData>(MAP, { code });
    expect(response.errors).toBeUndefined();
    return response.data!.ambitionMap;
  };
  const save = (as: TestSession, input: object) =>
    as.graphql<{ saveAmbitionObjective: { version: number } }>(SAVE, {
      input: { councilCode: 'DER', ...input },
    });
  const version = async () =>
    Number(
      (
        await world.harness.dataSource.query(
          `SELECT coalesce(max(version), 0) AS v FROM ambition_map_version WHERE council_code = 'DER'`,
        )
      )[0].v,
    );

  it('is saved by the council’s editors and admins, read only by its officers until published, and never searched, fed or exported', async () => {
    const { derbyOfficer, derbyEditor, derbyAdmin, kentEditor, resident, platformAdmin } =
      world.people;
    const efficiency = {
      objective: 'EFFICIENCY',
      importance: 4,
      cells: [
        {
          technology: 'AI',
          potential: 'HIGH',
          plan: 'EXPLORING',
          barriers: ['SKILLS', 'DATA'],
          readiness: 'PARTLY',
        },
      ],
    };
    for (const refused of [derbyOfficer, kentEditor, resident, platformAdmin])
      expect(errorCodeOf(await save(refused, efficiency))).toBe('FORBIDDEN');
    expect(
      errorCodeOf(await visitor().graphql(SAVE, { input: { councilCode: 'DER', ...efficiency } })),
    ).toBe('UNAUTHENTICATED');
    expect(await version()).toBe(0);

    expect((await save(derbyEditor, efficiency)).data?.saveAmbitionObjective.version).toBe(1);
    const saved = await save(derbyAdmin, { objective: 'NET_ZERO', importance: 2, cells: [] });
    expect(saved.data?.saveAmbitionObjective.version).toBe(2);

    for (const member of [derbyOfficer, derbyEditor, derbyAdmin]) {
      const map = await read(member);
      expect(map?.objectives.find((o) => o.objective === 'EFFICIENCY')).toMatchObject({
        importance: 4,
        cells: [{ technology: 'AI', plan: 'EXPLORING', evidence: null }],
      });
      expect(map).toMatchObject({ published: false, canEdit: member !== derbyOfficer });
      expect(map?.canPublish).toBe(member === derbyAdmin);
    }
    for (const outsider of [kentEditor, resident, platformAdmin, visitor()])
      expect(await read(outsider)).toBeNull();
    // A council with no map and one with a private map read the same.
    expect(await read(kentEditor, 'NOT')).toBeNull();

    // Nothing of the map is indexed, in a feed or in the saver's data export.
    const queued = await world.harness.dataSource.query(
      `SELECT count(*)::int AS n FROM search_outbox WHERE entity_type ILIKE '%ambition%'`,
    );
    expect(queued[0].n).toBe(0);
    for (const who of [derbyAdmin, kentEditor, visitor()]) {
      const found = await who.graphql(SEARCH, { q: 'Efficiency productivity machine learning' });
      expect(JSON.stringify(found)).not.toMatch(/ambition/i);
    }
    const feed = await world.harness.http().get('/feeds/councils/der.atom');
    expect(feed.text).not.toMatch(/ambition|Efficiency and productivity/i);
    const exported = await derbyEditor.graphql<{ myData: string }>(`{ myData }`);
    expect(exported.errors).toBeUndefined();
    expect(exported.data!.myData).not.toMatch(/EXPLORING|PARTLY|SKILLS/);
  });

  it('needs the council’s own published case study or adoption for piloting and live, and changes nothing otherwise', async () => {
    const { derbyEditor, kentEditor } = world.people;
    const own = await world.caseStudy(derbyEditor, 'Derby AI for care assessments');
    const draft = await world.caseStudy(derbyEditor, 'Derby draft chatbot', true);
    const kents = await world.caseStudy(kentEditor, 'Kent AI triage');
    const component = await world.component(kentEditor, 'Bin day finder pattern');
    const adopted = await derbyEditor.graphql<{ recordAdoption: { id: string } }>(ADOPT, {
      id: component,
      input: { status: 'IN_USE' },
    });
    expect(adopted.errors).toBeUndefined();
    const adoption = adopted.data!.recordAdoption.id;
    const live = (evidence?: object, technology = 'AI') => ({
      objective: 'PREVENTION',
      importance: 5,
      cells: [{ technology, plan: 'LIVE', potential: 'HIGH', ...(evidence ? { evidence } : {}) }],
    });
    const before = await version();
    for (const evidence of [
      undefined,
      { kind: 'CASE_STUDY', id: kents },
      { kind: 'CASE_STUDY', id: draft },
      { kind: 'CASE_STUDY', id: 'not-an-id' },
      { kind: 'ADOPTION', id: own },
      { kind: 'CASE_STUDY', id: adoption },
    ]) {
      const refused = await save(derbyEditor, live(evidence));
      expect(errorCodeOf(refused)).toBe('BAD_USER_INPUT');
      // An id that is no id at all is refused by the API's input checks, naming its path.
      expect(problemFieldsOf(refused)).toEqual([
        evidence && 'id' in evidence && evidence.id === 'not-an-id'
          ? 'cells[0].evidence.id'
          : 'cells[0].evidence',
      ]);
    }
    expect(await version()).toBe(before);
    expect(
      (await read(derbyEditor))!.objectives.find((o) => o.objective === 'PREVENTION'),
    ).toMatchObject({
      importance: null,
      cells: [],
    });

    const options = await derbyEditor.graphql<{ ambitionEvidenceOptions: { id: string }[] }>(
      OPTIONS,
      { code: 'DER' },
    );
    expect(options.data!.ambitionEvidenceOptions.map((option) => option.id).sort()).toEqual(
      [own, adoption].sort(),
    );
    expect(errorCodeOf(await kentEditor.graphql(OPTIONS, { code: 'DER' }))).toBe('FORBIDDEN');

    expect((await save(derbyEditor, live({ kind: 'CASE_STUDY', id: own }))).errors).toBeUndefined();
    const saved = await save(derbyEditor, {
      ...live({ kind: 'CASE_STUDY', id: own }),
      cells: [
        ...live({ kind: 'CASE_STUDY', id: own }).cells,
        { technology: 'GIS', plan: 'PILOTING', evidence: { kind: 'ADOPTION', id: adoption } },
      ],
    });
    expect(saved.errors).toBeUndefined();
    const prevention = (await read(derbyEditor))!.objectives.find(
      (o) => o.objective === 'PREVENTION',
    );
    expect(prevention!.cells.map((cell) => [cell.technology, cell.evidence?.title])).toEqual([
      ['AI', 'Derby AI for care assessments'],
      ['GIS', 'Bin day finder pattern'],
    ]);
  });

  it('is published and made private by its admins only, and keeps its dated changes for its officers', async () => {
    const { derbyOfficer, derbyEditor, derbyAdmin, kentEditor, platformAdmin } = world.people;
    await save(derbyEditor, { objective: 'WORKFORCE', importance: 3, cells: [] });
    for (const refused of [derbyOfficer, derbyEditor, kentEditor, platformAdmin])
      expect(errorCodeOf(await refused.graphql(PUBLISH, { code: 'DER' }))).toBe('FORBIDDEN');
    expect(await read(kentEditor)).toBeNull();

    const published = await derbyAdmin.graphql<{ publishAmbitionMap: { published: boolean } }>(
      PUBLISH,
      { code: 'DER' },
    );
    expect(published.data?.publishAmbitionMap.published).toBe(true);
    for (const reader of [kentEditor, platformAdmin, visitor()])
      expect(await read(reader)).toMatchObject({
        published: true,
        canEdit: false,
        canPublish: false,
      });
    expect(
      (await read(visitor()))!.objectives.find((o) => o.objective === 'WORKFORCE')?.importance,
    ).toBe(3);

    expect(errorCodeOf(await derbyEditor.graphql(UNPUBLISH, { code: 'DER' }))).toBe('FORBIDDEN');
    expect((await derbyAdmin.graphql(UNPUBLISH, { code: 'DER' })).errors).toBeUndefined();
    for (const reader of [kentEditor, visitor()]) expect(await read(reader)).toBeNull();

    // The changes, newest first, a page at a time; for Derby's officers only.
    const history = await derbyOfficer.graphql<{
      ambitionMapHistory: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { version: number; kind: string; changes: string[] } }[];
      };
    }>(HISTORY, { code: 'DER', first: 3 });
    expect(history.errors).toBeUndefined();
    const page = history.data!.ambitionMapHistory;
    expect(page.edges.map((edge) => edge.node.kind)).toEqual(['UNPUBLISH', 'PUBLISH', 'SAVE']);
    expect(page.edges[2]!.node.changes).toEqual([
      'Workforce and skills: importance not answered → 3',
    ]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await derbyOfficer.graphql<typeof history.data>(HISTORY, {
      code: 'DER',
      first: 100,
      after: page.pageInfo.endCursor,
    });
    const first = next.data!.ambitionMapHistory.edges.at(-1)!.node;
    expect(first).toMatchObject({ version: 1, kind: 'SAVE' });
    expect(first.changes).toContain('Efficiency and productivity: importance not answered → 4');
    for (const outsider of [kentEditor, platformAdmin])
      expect(errorCodeOf(await outsider.graphql(HISTORY, { code: 'DER' }))).toBe('FORBIDDEN');
  });

  it('forgets who saved a version when their account is deleted, and keeps the version', async () => {
    const leaving = await signedIn(world.harness, { council: 'KEN', role: 'EDITOR' });
    const saved = await leaving.graphql(SAVE, {
      input: { councilCode: 'KEN', objective: 'INCLUSION', importance: 2, cells: [] },
    });
    expect(saved.errors).toBeUndefined();
    const savers = () =>
      world.harness.dataSource.query(
        `SELECT saved_by AS "savedBy" FROM ambition_map_version WHERE council_code = 'KEN'`,
      );
    expect(await savers()).toEqual([{ savedBy: expect.any(String) }]);
    const deleted = await leaving.graphql(
      `mutation { deleteMyAccount(password: "not needed without a password") }`,
    );
    expect(deleted.errors).toBeUndefined();
    expect(await savers()).toEqual([{ savedBy: null }]);
  });

  it('numbers versions one by one when several objectives are saved at once', async () => {
    const editor = await signedIn(world.harness, { council: 'NOT', role: 'EDITOR' });
    const objectives = ['EFFICIENCY', 'PREVENTION', 'NET_ZERO', 'INCLUSION', 'WORKFORCE'];
    const saved = await Promise.all(
      objectives.map((objective, index) =>
        editor.graphql(SAVE, {
          input: { councilCode: 'NOT', objective, importance: index + 1, cells: [] },
        }),
      ),
    );
    expect(saved.map((response) => response.errors)).toEqual(objectives.map(() => undefined));
    const versions = await world.harness.dataSource.query(
      `SELECT version FROM ambition_map_version WHERE council_code = 'NOT' ORDER BY version`,
    );
    expect(versions.map((row: { version: number }) => row.version)).toEqual([1, 2, 3, 4, 5]);
    const map = await read(editor, 'NOT');
    expect(map?.version).toBe(5);
    expect(map?.objectives.filter((o) => o.importance !== null)).toHaveLength(5);
  });
});
