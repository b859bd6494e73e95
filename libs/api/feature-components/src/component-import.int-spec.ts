import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { bootFeatureApp, signedIn, type TestApp, type TestSession } from '@lgx/api/testing';
import { parse, stringify } from 'yaml';

import { ComponentImportService, DEFAULT_REMOTE_FILE_OPTIONS } from './component-import.service';
import { COMPONENT_ENTITIES, ComponentsModule } from './components.module';

/**
 * A draft is its council's private work: importing (or creating) a component
 * for a repository that another council holds as a draft must not reveal that
 * the draft exists, nor who maintains it. Only a published component claims its
 * repository, and what it says is public anyway.
 */
const MINIMAL = readFileSync(
  join(__dirname, 'publiccode/fixtures/standard/0-minimal.publiccode.yml'),
  'utf8',
);

const IMPORT = `mutation($content: String) {
  importPubliccode(content: $content) {
    outcome errors { path message } warnings { path message }
    component { id name status maintainingCouncils { code } }
  }
}`;
const IMPORT_URL = `mutation($url: String!) {
  importPubliccodeFromUrl(url: $url) { outcome errors { path message } component { id name status } }
}`;
const CREATE = `mutation($input: ComponentInput!) { createComponent(input: $input) { id name status } }`;
const UPDATE = `mutation($id: ID!, $input: ComponentInput!) { updateComponent(id: $id, input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishComponent(id: $id) { id status } }`;

type Result = {
  outcome: string;
  errors: { path: string; message: string }[];
  component: { id: string; name: string; status: string; maintainingCouncils: { code: string }[] };
};

/** The file for a repository of its own, named after it. */
function fileFor(repository: string, name = 'Derby private draft'): string {
  const data = parse(MINIMAL);
  data.url = `https://github.com/example-council/${repository}.git`;
  data.name = name;
  return stringify(data);
}

const input = (repository: string) => ({
  name: 'Handmade component',
  kind: 'OPEN_SOURCE_SOFTWARE',
  summary: 'A component entered by hand.',
  licence: 'MIT',
  maturity: 'BETA',
  url: `https://github.com/example-council/${repository}`,
});

describe('importing a repository another council holds as a draft', () => {
  let harness: TestApp;
  let derbyEditor: TestSession;
  let roles: Record<string, TestSession | null>;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    harness = await bootFeatureApp({ imports: [ComponentsModule], entities: COMPONENT_ENTITIES });
    derbyEditor = await signedIn(harness, { council: 'DER', role: 'EDITOR' });
    roles = {
      'another council’s editor': await signedIn(harness, { council: 'KEN', role: 'EDITOR' }),
      'another council’s admin': await signedIn(harness, { council: 'NOT', role: 'ADMIN' }),
      'another council’s officer': await signedIn(harness, { council: 'KEN' }),
      'a moderator': await signedIn(harness, { platformRole: 'MODERATOR' }),
      'a platform admin': await signedIn(harness, { platformRole: 'ADMIN' }),
      'a visitor': null,
    };
    server = createServer((request, response) => {
      const repository = /^\/(.+)\.yml$/.exec(request.url ?? '')?.[1];
      if (repository) response.end(fileFor(repository, 'Fetched file'));
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Only the address check is relaxed, so a local server can stand in for a public one.
    harness.app.get(ComponentImportService).remoteFileOptions = {
      ...DEFAULT_REMOTE_FILE_OPTIONS,
      addressAllowed: () => true,
    };
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await harness?.close();
  });

  const as = (session: TestSession | null) => session ?? harness;

  /** Derby's private draft of a repository; its id. */
  async function derbyDraft(repository: string): Promise<string> {
    const response = await derbyEditor.graphql<{ importPubliccode: Result }>(IMPORT, {
      content: fileFor(repository),
    });
    expect(response.data!.importPubliccode.outcome).toBe('CREATED');
    return response.data!.importPubliccode.component.id;
  }

  /** What a response says, without ids and names that differ between the two repositories. */
  const shape = (response: {
    data?: unknown;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  }) =>
    JSON.stringify(response)
      .replace(/"id":"[^"]+"/g, '"id":"*"')
      .replace(/held-[a-z0-9-]+|free-[a-z0-9-]+/g, 'REPOSITORY');

  it.each([
    'another council’s editor',
    'another council’s admin',
    'another council’s officer',
    'a moderator',
    'a platform admin',
    'a visitor',
  ])('answers %s exactly as for a repository no one holds', async (role) => {
    const slug = role.replace(/[^a-z]+/g, '-');
    const session = as(roles[role]!);
    const mutations = [
      [IMPORT, (repository: string) => ({ content: fileFor(repository, 'Their file') })],
      [IMPORT_URL, (repository: string) => ({ url: `${base}/${repository}.yml` })],
      [CREATE, (repository: string) => ({ input: input(repository) })],
    ] as const;
    for (const [index, [mutation, variables]] of mutations.entries()) {
      const held = `held-${slug}-${index}`;
      const draftId = await derbyDraft(held);
      const onHeld = await session.graphql(mutation, variables(held));
      const onFree = await session.graphql(mutation, variables(`free-${slug}-${index}`));
      expect(shape(onHeld)).toBe(shape(onFree));
      expect(JSON.stringify(onHeld)).not.toMatch(/Derby|DER\b|private draft|already/i);
      expect(JSON.stringify(onHeld)).not.toContain(draftId);
      // Derby's draft is untouched and still Derby's alone.
      const [draft] = await harness.dataSource.query(
        `SELECT name, status, maintaining_council_codes::text AS codes FROM component WHERE id = $1`,
        [draftId],
      );
      expect(draft).toEqual({ name: 'Derby private draft', status: 'DRAFT', codes: '{DER}' });
    }
  });

  it('lets the draft’s own council re-import it, which updates its draft', async () => {
    const draftId = await derbyDraft('own-reimport');
    const again = await derbyEditor.graphql<{ importPubliccode: Result }>(IMPORT, {
      content: fileFor('own-reimport', 'Renamed by Derby'),
    });
    expect(again.data!.importPubliccode).toMatchObject({
      outcome: 'UPDATED',
      component: { id: draftId, name: 'Renamed by Derby' },
    });
    const create = await derbyEditor.graphql(CREATE, { input: input('own-reimport') });
    expect(create.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(create.errors?.[0]?.message).toMatch(/Your council already has a component/);
  });

  it('lets one of two private drafts be published; the other is then told, as the catalogue is public', async () => {
    const derbyId = await derbyDraft('race');
    const kent = roles['another council’s editor']!;
    const kentImport = await kent.graphql<{ importPubliccode: Result }>(IMPORT, {
      content: fileFor('race', 'Kent draft'),
    });
    const kentId = kentImport.data!.importPubliccode.component.id;
    expect(kentId).not.toBe(derbyId);
    const first = await derbyEditor.graphql(PUBLISH, { id: derbyId });
    expect(first.errors).toBeUndefined();
    const second = await kent.graphql(PUBLISH, { id: kentId });
    expect(second.errors?.[0]?.extensions?.['code']).toBe('COMPONENT_EXISTS');
    expect(second.errors?.[0]?.message).toMatch(
      /"Derby private draft" is already in the catalogue/,
    );
    // Now published, the repository is claimed in public: re-imports and edits say by whom.
    const reimport = await kent.graphql(IMPORT, { content: fileFor('race', 'Kent draft') });
    expect(reimport.errors?.[0]?.extensions?.['code']).toBe('COMPONENT_EXISTS');
    const create = await kent.graphql(CREATE, { input: input('race') });
    expect(create.errors?.[0]?.message).toMatch(/already in the catalogue/);
    const own = await kent.graphql<{ createComponent: { id: string } }>(CREATE, {
      input: input('kent-elsewhere'),
    });
    const moved = await kent.graphql(UPDATE, {
      id: own.data!.createComponent.id,
      input: input('race'),
    });
    expect(moved.errors?.[0]?.message).toMatch(/already in the catalogue/);
    const [{ published }] = await harness.dataSource.query(
      `SELECT count(*)::int AS published FROM component WHERE repository_key LIKE '%/race' AND status = 'PUBLISHED'`,
    );
    expect(published).toBe(1);
  });

  it('cuts long names and features without splitting a character in two', async () => {
    const data = parse(fileFor('emoji-name'));
    data.name = `${'x'.repeat(149)}🙂 and more`;
    data.description.en.features = [`${'y'.repeat(199)}🙂`];
    const response = await derbyEditor.graphql<{ importPubliccode: Result }>(IMPORT, {
      content: stringify(data),
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.importPubliccode.component.name).toBe('x'.repeat(149));
  });
});
