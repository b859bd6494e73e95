import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { SearchIndexer, SearchService } from '@lgx/api/core/search';
import {
  bootFeatureApp,
  errorCodeOf,
  signedIn,
  signInAll,
  type TestApp,
  type TestSession,
} from '@lgx/api/testing';
import { parse, stringify } from 'yaml';

import { ComponentImportService, DEFAULT_REMOTE_FILE_OPTIONS } from './component-import.service';
import { COMPONENT_ENTITIES, ComponentsModule } from './components.module';

const BOPS = readFileSync(join(__dirname, 'publiccode/fixtures/bops.publiccode.yml'), 'utf8');

const FIELDS = `id name status licence url canEdit publiccodeVersion summary
  maturity { key label } kind { key } maintainingCouncils { code }
  dependencies { name proprietary } health { adoptionCount possiblyStale lastUpdatedAt }`;
const IMPORT = `mutation($content: String, $fileBase64: String) {
  importPubliccode(content: $content, fileBase64: $fileBase64) {
    outcome version errors { path message line } warnings { path message } component { ${FIELDS} }
  }
}`;
const IMPORT_URL = `mutation($url: String!) {
  importPubliccodeFromUrl(url: $url) { outcome errors { path message } component { id name } }
}`;
const CREATE = `mutation($input: ComponentInput!) { createComponent(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: ComponentInput!) { updateComponent(id: $id, input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) {
  component(id: $id) {
    ${FIELDS} html
    adoptions { council { code } status startedOn note }
    adoptionCounts { evaluating inUse stopped }
    myAdoption { status }
  }
}`;
const PUBLISH = `mutation($id: ID!) { publishComponent(id: $id) { id status } }`;
const ADOPT = `mutation($id: ID!, $input: AdoptionInput!) {
  recordAdoption(componentId: $id, input: $input) { council { code } status startedOn stoppedOn note }
}`;

type Result = {
  outcome: string;
  version: string | null;
  errors: { path: string; message: string; line: number | null }[];
  warnings: { path: string; message: string }[];
  component: Record<string, unknown> & { id: string };
};

/** The BOPS file with a different repository, so each test has its own component. */
function withRepository(file: string, name: string): string {
  const data = parse(file);
  data.url = `https://github.com/example-council/${name}.git`;
  data.name = name;
  return stringify(data);
}

const componentInput = (extra: object = {}) => ({
  name: 'Data protection impact assessment template',
  kind: 'DOCUMENT_TEMPLATE',
  summary: 'A DPIA template for AI projects, with guidance notes.',
  description: 'Use it **before** a pilot.',
  licence: 'OGL-UK-3.0',
  maturity: 'LIVE',
  serviceAreas: ['DIGITAL_AND_IT'],
  standards: ['UK_GDPR'],
  ...extra,
});

describe('components', () => {
  let harness: TestApp;
  let derbyEditor: TestSession;
  let derbyOfficer: TestSession;
  let kentEditor: TestSession;
  let kentOfficer: TestSession;

  beforeAll(async () => {
    harness = await bootFeatureApp({ imports: [ComponentsModule], entities: COMPONENT_ENTITIES });
    ({ derbyEditor, derbyOfficer, kentEditor, kentOfficer } = await signInAll(
      harness,
      'derbyEditor',
      'derbyOfficer',
      'kentEditor',
      'kentOfficer',
    ));
  });
  afterAll(() => harness?.close());

  async function importText(content: string, as = derbyEditor): Promise<Result> {
    const response = await as.graphql<{ importPubliccode: Result }>(IMPORT, { content });
    expect(response.errors).toBeUndefined();
    return response.data!.importPubliccode;
  }

  async function published(name: string): Promise<string> {
    const result = await importText(withRepository(BOPS, name));
    expect(result.outcome).toBe('CREATED');
    const id = result.component.id;
    expect((await derbyEditor.graphql(PUBLISH, { id })).errors).toBeUndefined();
    return id;
  }

  const count = async () =>
    Number((await harness.dataSource.query(`SELECT count(*) FROM component`))[0].count);

  it('imports a valid publiccode.yml as a draft maintained by the importing council', async () => {
    const result = await importText(BOPS);
    expect(result).toMatchObject({
      outcome: 'CREATED',
      version: '0.4',
      errors: [],
      warnings: [{ path: 'publiccodeYmlVersion' }],
      component: {
        name: 'BOPS',
        status: 'DRAFT',
        licence: 'MIT',
        url: 'https://github.com/unboxed/bops.git',
        maturity: { key: 'LIVE', label: 'Live' },
        kind: { key: 'OPEN_SOURCE_SOFTWARE' },
        maintainingCouncils: [{ code: 'DER' }],
        publiccodeVersion: '0.4',
        canEdit: true,
        dependencies: [
          { name: 'PostgreSQL', proprietary: false },
          { name: 'Ordnance Survey Places API', proprietary: true },
        ],
      },
    });
  });

  it('imports a file as the standard asks today ("0"), showing warnings that do not block', async () => {
    const data = parse(
      readFileSync(join(__dirname, 'publiccode/fixtures/standard/0-full.publiccode.yml'), 'utf8'),
    );
    data.url = 'https://github.com/example-council/version-zero.git';
    data.legal.repoOwner = 'Example Borough Council';
    data.colour = 'blue';
    const result = await importText(stringify(data));
    expect(result.outcome).toBe('CREATED');
    expect(result.version).toBe('0');
    expect(result.component).toMatchObject({ publiccodeVersion: '0', status: 'DRAFT' });
    expect(result.warnings).toEqual([
      { path: 'colour', message: expect.stringMatching(/not a key of publiccode.yml/) },
      { path: 'legal.repoOwner', message: expect.stringMatching(/use organisation.name/) },
    ]);
  });

  it('updates the same repository on re-import instead of duplicating it', async () => {
    const file = withRepository(BOPS, 'reimport');
    const first = await importText(file);
    const before = await count();
    const changed = file
      .replace('developmentStatus: stable', 'developmentStatus: obsolete')
      .replace(
        'https://github.com/example-council/reimport.git',
        'https://GITHUB.com/example-council/reimport/',
      );
    const second = await importText(changed);
    expect(second.outcome).toBe('UPDATED');
    expect(second.component.id).toBe(first.component.id);
    expect(second.component.maturity).toEqual({ key: 'RETIRED', label: 'Retired' });
    expect(await count()).toBe(before);
    // Another council cannot take it over: importing the same repository gives it a draft of
    // its own, and tells it nothing of Derby's (decision 0013).
    const theirs = await importText(file, kentEditor);
    expect(theirs.outcome).toBe('CREATED');
    expect(theirs.component.id).not.toBe(first.component.id);
    expect(await count()).toBe(before + 1);
    // Once Derby's is published, the repository is claimed in public.
    expect((await derbyEditor.graphql(PUBLISH, { id: first.component.id })).errors).toBeUndefined();
    const taken = await kentEditor.graphql(IMPORT, { content: file });
    expect(taken.errors?.[0]?.extensions?.['code']).toBe('COMPONENT_EXISTS');
    expect(await count()).toBe(before + 1);
  });

  it('reports every problem of an invalid file by key path, and saves nothing', async () => {
    const before = await count();
    const broken = BOPS.replace('developmentStatus: stable', 'developmentStatus: done')
      .replace('license: MIT', 'license: Made-Up-1.0')
      .replace("releaseDate: '2024-03-01'", "releaseDate: '01/03/2024'")
      .replace('landingURL: https://bops.digital', 'landingURL: bops.digital')
      .replace('    - en\n', '    - english!\n');
    const result = await importText(broken);
    expect(result.outcome).toBe('INVALID');
    expect(result.component).toBeNull();
    expect(result.errors.map((e) => e.path).sort()).toEqual([
      'developmentStatus',
      'landingURL',
      'legal.license',
      'localisation.availableLanguages[0]',
      'releaseDate',
    ]);
    expect(result.errors.every((e) => e.line && e.message.length > 10)).toBe(true);
    expect(await count()).toBe(before);
  });

  it.each([
    'publiccodeYmlVersion',
    'name',
    'url',
    'platforms',
    'categories',
    'developmentStatus',
    'softwareType',
    'description',
    'legal',
    'maintenance',
    'localisation',
  ])('refuses a file without %s', async (key) => {
    const data = parse(withRepository(BOPS, `missing-${key}`));
    delete data[key];
    const result = await importText(stringify(data));
    expect(result.outcome).toBe('INVALID');
    expect(result.errors.find((e) => e.path === key)?.message).toMatch(/required/);
  });

  it('refuses non-UTF-8 uploads and broken YAML', async () => {
    const latin1 = Buffer.from(BOPS.replace('BOPS', 'BÖPS'), 'latin1').toString('base64');
    const upload = await derbyEditor.graphql<{ importPubliccode: Result }>(IMPORT, {
      fileBase64: latin1,
    });
    expect(upload.data!.importPubliccode.errors[0]!.message).toMatch(/not UTF-8/);
    const yaml = await importText('name: [broken\n');
    expect(yaml.outcome).toBe('INVALID');
    expect(yaml.errors[0]!.message).toMatch(/YAML is broken/);
    const utf8 = await derbyEditor.graphql<{ importPubliccode: Result }>(IMPORT, {
      fileBase64: Buffer.from(withRepository(BOPS, 'uploaded')).toString('base64'),
    });
    expect(utf8.data!.importPubliccode.outcome).toBe('CREATED');
  });

  it('lets only editors import; officers and visitors are refused', async () => {
    const officer = await derbyOfficer.graphql(IMPORT, { content: BOPS });
    expect(officer.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const visitor = await harness.graphql(IMPORT, { content: BOPS });
    expect(visitor.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('refuses URL imports from loopback, private and link-local addresses, after DNS resolution', async () => {
    for (const url of [
      'http://127.0.0.1/publiccode.yml',
      'http://localhost/publiccode.yml',
      'http://10.0.0.8/publiccode.yml',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]/publiccode.yml',
      'http://[::ffff:127.0.0.1]/publiccode.yml',
    ]) {
      const response = await derbyEditor.graphql(IMPORT_URL, { url });
      expect({ url, code: response.errors?.[0]?.extensions?.['code'] }).toEqual({
        url,
        code: 'URL_NOT_ALLOWED',
      });
    }
    const scheme = await derbyEditor.graphql(IMPORT_URL, { url: 'file:///etc/passwd' });
    expect(scheme.errors?.[0]?.extensions?.['code']).toBe('URL_NOT_ALLOWED');
  });

  describe('from a URL the server can reach', () => {
    let server: Server;
    let base: string;
    const service = () => harness.app.get(ComponentImportService);

    beforeAll(async () => {
      server = createServer((request, response) => {
        if (request.url === '/publiccode.yml') response.end(withRepository(BOPS, 'from-url'));
        else if (request.url === '/huge.yml') response.end('#'.repeat(600 * 1024));
        else if (request.url === '/slow.yml') setTimeout(() => response.end('x'), 3_000);
        else response.writeHead(404).end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      // Only the address check is relaxed, so a local server can stand in for a public one.
      service().remoteFileOptions = {
        ...DEFAULT_REMOTE_FILE_OPTIONS,
        timeoutMs: 1_000,
        addressAllowed: () => true,
      };
    });
    afterAll(async () => {
      service().remoteFileOptions = DEFAULT_REMOTE_FILE_OPTIONS;
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });

    it('imports it, with a size limit and a timeout', async () => {
      const ok = await derbyEditor.graphql<{ importPubliccodeFromUrl: Result }>(IMPORT_URL, {
        url: `${base}/publiccode.yml`,
      });
      expect(ok.data!.importPubliccodeFromUrl).toMatchObject({
        outcome: 'CREATED',
        component: { name: 'from-url' },
      });
      const huge = await derbyEditor.graphql(IMPORT_URL, { url: `${base}/huge.yml` });
      expect(huge.errors?.[0]?.extensions?.['code']).toBe('URL_TOO_LARGE');
      const slow = await derbyEditor.graphql(IMPORT_URL, { url: `${base}/slow.yml` });
      expect(slow.errors?.[0]?.extensions?.['code']).toBe('URL_TIMEOUT');
      const missing = await derbyEditor.graphql(IMPORT_URL, { url: `${base}/nothing.yml` });
      expect(missing.errors?.[0]?.message).toMatch(/HTTP status 404/);
    });
  });

  it('validates licences against the SPDX list on create and edit', async () => {
    const bad = await derbyEditor.graphql(CREATE, { input: componentInput({ licence: 'OGL-3' }) });
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.['fields']).toEqual([
      {
        field: 'licence',
        message: expect.stringMatching(/"OGL-3" is not an SPDX licence identifier/),
      },
    ]);
    const created = await derbyEditor.graphql<{ createComponent: { id: string; licence: string } }>(
      CREATE,
      { input: componentInput({ licence: 'ogl-uk-3.0' }) },
    );
    expect(created.data!.createComponent.licence).toBe('OGL-UK-3.0');
    const edited = await derbyEditor.graphql(UPDATE, {
      id: created.data!.createComponent.id,
      input: componentInput({ licence: 'MIT AND' }),
    });
    expect(edited.errors?.[0]?.extensions?.['fields']).toEqual([
      { field: 'licence', message: expect.stringMatching(/ends where a licence identifier/) },
    ]);
  });

  it('keeps drafts to their maintaining councils and lets only their editors edit', async () => {
    const created = await derbyEditor.graphql<{ createComponent: { id: string } }>(CREATE, {
      input: componentInput({ name: 'Draft DPIA', maintainingCouncilCodes: ['NOT'] }),
    });
    const id = created.data!.createComponent.id;
    expect((await derbyOfficer.graphql(GET, { id })).errors).toBeUndefined();
    expect(errorCodeOf(await kentOfficer.graphql(GET, { id }))).toBe('NOT_FOUND');
    expect(errorCodeOf(await harness.graphql(GET, { id }))).toBe('NOT_FOUND');
    const notEditor = await derbyOfficer.graphql(UPDATE, { id, input: componentInput() });
    expect(notEditor.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const nottingham = await signedIn(harness, { council: 'NOT', role: 'EDITOR' });
    // Nottingham maintains it once it accepts (co-maintainer-invitations.int-spec.ts has the rest).
    const accepted = await nottingham.graphql(
      `mutation($id: ID!) { respondToCoMaintainerInvitation(componentId: $id, accept: true) }`,
      { id },
    );
    expect(accepted.errors).toBeUndefined();
    const coMaintainer = await nottingham.graphql<{ updateComponent: { name: string } }>(UPDATE, {
      id,
      input: componentInput({ name: 'Shared DPIA', maintainingCouncilCodes: ['DER'] }),
    });
    expect(coMaintainer.data!.updateComponent.name).toBe('Shared DPIA');
    await derbyEditor.graphql(PUBLISH, { id });
    const visitor = await harness.graphql<{ component: { status: string; canEdit: boolean } }>(
      GET,
      { id },
    );
    expect(visitor.data!.component).toMatchObject({ status: 'PUBLISHED', canEdit: false });
  });

  it('sanitises the Markdown description', async () => {
    const created = await derbyEditor.graphql<{ createComponent: { id: string } }>(CREATE, {
      input: componentInput({
        name: 'Unsafe text',
        description: '<script>alert(1)</script> [x](javascript:alert(1))',
      }),
    });
    const html = (
      await derbyEditor.graphql<{ component: { html: string } }>(GET, {
        id: created.data!.createComponent.id,
      })
    ).data!.component.html;
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/<script|href="javascript/);
  });

  it('lets officers record adoption for their own council only, with counts by status', async () => {
    const id = await published('adoption');
    const kent = await kentOfficer.graphql<{ recordAdoption: { council: { code: string } } }>(
      ADOPT,
      {
        id,
        input: {
          status: 'IN_USE',
          startedOn: '2024-05-01',
          note: 'Used for householder applications',
        },
      },
    );
    expect(kent.errors).toBeUndefined();
    expect(kent.data!.recordAdoption.council.code).toBe('KEN');
    const derby = await derbyOfficer.graphql(ADOPT, { id, input: { status: 'EVALUATING' } });
    expect(derby.errors).toBeUndefined();
    // Changing the record replaces it (one per council).
    await derbyOfficer.graphql(ADOPT, {
      id,
      input: { status: 'STOPPED', startedOn: '2024-01-01', stoppedOn: '2024-06-01' },
    });
    const visitorView = await harness.graphql<{ component: Record<string, unknown> }>(GET, { id });
    expect(visitorView.data!.component).toMatchObject({
      adoptionCounts: { evaluating: 0, inUse: 1, stopped: 1 },
      health: { adoptionCount: 1, possiblyStale: false },
      myAdoption: null,
    });
    const adoptions = visitorView.data!.component['adoptions'] as { note: string | null }[];
    expect(adoptions).toHaveLength(2);
    expect(adoptions.every((adoption) => adoption.note === null)).toBe(true); // notes are for officers
    const officerView = await kentOfficer.graphql<{ component: Record<string, unknown> }>(GET, {
      id,
    });
    expect(officerView.data!.component['myAdoption']).toEqual({ status: 'IN_USE' });

    const visitor = await harness.graphql(ADOPT, { id, input: { status: 'IN_USE' } });
    expect(visitor.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const unverified = await signedIn(harness, { unverified: true });
    const refused = await unverified.graphql(ADOPT, { id, input: { status: 'IN_USE' } });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const badDates = await kentOfficer.graphql(ADOPT, {
      id,
      input: { status: 'IN_USE', startedOn: '2024-02-30', stoppedOn: '2024-01-01' },
    });
    expect(
      (badDates.errors?.[0]?.extensions?.['fields'] as { field: string }[]).map((f) => f.field),
    ).toEqual(['startedOn', 'stoppedOn']);
  });

  it('links an adoption to a published case study of the adopting council only', async () => {
    const id = await published('linked-case-study');
    const [{ id: kentStudy }] = await harness.dataSource.query(
      `INSERT INTO case_study (title, summary, lead_council_code, stage, status) VALUES ('Kent uses it', 'How it went', 'KEN', 'LIVE', 'PUBLISHED') RETURNING id`,
    );
    const [{ id: derbyStudy }] = await harness.dataSource.query(
      `INSERT INTO case_study (title, summary, lead_council_code, stage, status) VALUES ('Derby uses it', 'How it went', 'DER', 'LIVE', 'PUBLISHED') RETURNING id`,
    );
    const linked = await kentOfficer.graphql(ADOPT, {
      id,
      input: { status: 'IN_USE', caseStudyId: kentStudy },
    });
    expect(linked.errors).toBeUndefined();
    const other = await kentOfficer.graphql(ADOPT, {
      id,
      input: { status: 'IN_USE', caseStudyId: derbyStudy },
    });
    expect(other.errors?.[0]?.extensions?.['fields']).toEqual([
      { field: 'caseStudyId', message: "Choose one of your council's published case studies" },
    ]);
  });

  it('gives the centres of current councils for the adoption map', async () => {
    const points = await harness.graphql<{
      councilMapPoints: { latitude: number; longitude: number }[];
    }>(`{ councilMapPoints { latitude longitude } }`);
    expect(points.data!.councilMapPoints).toEqual(
      expect.arrayContaining([{ latitude: 52.915, longitude: expect.any(Number) }]),
    );
  });

  it('refuses adoption of a draft', async () => {
    const result = await importText(withRepository(BOPS, 'draft-adoption'));
    const response = await kentOfficer.graphql(ADOPT, {
      id: result.component.id,
      input: { status: 'IN_USE' },
    });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const own = await derbyOfficer.graphql(ADOPT, {
      id: result.component.id,
      input: { status: 'IN_USE' },
    });
    expect(own.errors?.[0]?.extensions?.['code']).toBe('NOT_PUBLISHED');
  });

  it('indexes components with facets, drafts for their councils only, and sorts by most adopted', async () => {
    const indexer = harness.app.get(SearchIndexer);
    const search = (scope: { officer: boolean; councilCode?: string }, sort?: 'MOST_ADOPTED') =>
      harness.app.get(SearchService).run({
        query: 'planning officers',
        types: ['component'],
        sort,
        limit: 50,
        offset: 0,
        scope: { ...scope, groupIds: [] },
      });
    const draft = await importText(withRepository(BOPS, 'search-draft'));
    const popular = await published('search-popular');
    const quiet = await published('search-quiet');
    await kentOfficer.graphql(ADOPT, { id: popular, input: { status: 'IN_USE' } });
    await derbyOfficer.graphql(ADOPT, { id: popular, input: { status: 'EVALUATING' } });
    await indexer.settle();

    const visitorIds = (await search({ officer: false })).hits.map((hit) => hit.id);
    expect(visitorIds).toContain(popular);
    expect(visitorIds).not.toContain(draft.component.id);
    expect((await search({ officer: true, councilCode: 'DER' })).hits.map((h) => h.id)).toContain(
      draft.component.id,
    );
    expect(
      (await search({ officer: true, councilCode: 'KEN' })).hits.map((h) => h.id),
    ).not.toContain(draft.component.id);

    const sorted = (await search({ officer: false }, 'MOST_ADOPTED')).hits.map((hit) => hit.id);
    expect(sorted.indexOf(popular)).toBeLessThan(sorted.indexOf(quiet));
    const facets = (await search({ officer: false })).facets;
    expect(facets.map((facet) => facet.attribute)).toEqual(
      expect.arrayContaining(['category', 'licence', 'maturity']),
    );
    expect(facets.find((f) => f.attribute === 'licence')?.values).toEqual(
      expect.arrayContaining([{ value: 'MIT', count: expect.any(Number) }]),
    );

    // Adoption changes reach the index: the quiet one overtakes once three councils use it.
    for (const council of ['DER', 'KEN', 'NOT']) {
      const officer = await signedIn(harness, { council });
      await officer.graphql(ADOPT, { id: quiet, input: { status: 'IN_USE' } });
    }
    await indexer.settle();
    const resorted = (await search({ officer: false }, 'MOST_ADOPTED')).hits.map((hit) => hit.id);
    expect(resorted.indexOf(quiet)).toBeLessThan(resorted.indexOf(popular));
  });

  it('gives results the adoption count and when the component becomes possibly stale', async () => {
    const indexer = harness.app.get(SearchIndexer);
    const id = await published('search-health');
    await kentOfficer.graphql(ADOPT, { id, input: { status: 'IN_USE' } });
    await indexer.settle();
    const hit = async () =>
      (
        await harness.app.get(SearchService).run({
          query: 'search-health',
          types: ['component'],
          limit: 50,
          offset: 0,
          scope: { officer: false, groupIds: [] },
        })
      ).hits.find((candidate) => candidate.id === id)!;
    const fresh = await hit();
    expect(fresh.details['adoptionCount']).toBe(1);
    const year = 366 * 24 * 3600;
    expect(fresh.details['staleFrom']).toBeGreaterThan(Date.now() / 1000 + year - 2 * 24 * 3600);

    // Untouched by its maintainers for 13 months: stale since a month ago.
    await harness.dataSource.query(
      `UPDATE component SET maintained_at = now() - interval '13 months' WHERE id = $1`,
      [id],
    );
    await indexer.settle();
    const staleFrom = (await hit()).details['staleFrom'] as number;
    expect(staleFrom).toBeLessThan(Date.now() / 1000 - 27 * 24 * 3600);
    expect(staleFrom).toBeGreaterThan(Date.now() / 1000 - 32 * 24 * 3600);
  });
});
