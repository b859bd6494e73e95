import { randomUUID } from 'node:crypto';

import { JOBS_DEFAULTS } from '@lgx/api/core/config';
import { JobQueueStatus } from '@lgx/api/core/jobs';
import { AccountService } from '@lgx/api/feature-identity';
import { bootTestApp, signedIn, type TestApp, type TestSession } from '@lgx/api/testing';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type IntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import request from 'supertest';

import { createApp } from './bootstrap';
import { loadSampleCaseStudies } from './sample-data/sample-case-studies';
import { loadSampleComponents } from './sample-data/sample-components';
import { loadSampleProcurementGroups } from './sample-data/sample-procurement-groups';

/*
 * Issue 13's "Done when": for every query and mutation argument, nested input
 * fields included, send the bad inputs an outside tester sent, as several
 * roles, with the other arguments plausible. Nothing may answer
 * INTERNAL_SERVER_ERROR, a refused mutation may store nothing, and what was
 * accepted must not break any later read.
 */

/** JavaScript's built-in property names: `value in TABLE` accepts them all. */
const BUILT_IN_NAMES = ['toString', 'constructor', 'valueOf', '__proto__', 'hasOwnProperty'];
const IMPOSSIBLE_DATES = ['2023-02-30', '2023-13-01'];
const NOT_UUIDS = ['1', 'toString', "1' OR '1'='1"];
const HUGE = 'x'.repeat(1024 * 1024);

/** Mutations some case of which must be accepted (free text may hold a built-in name). */
const REACHES_ITS_RULES = [
  'createCaseStudy',
  'updateCaseStudy',
  'createComponent',
  'updateComponent',
  'recordAdoption',
  'startProcurementGroup',
  'updateProcurementGroup',
  'commitToGroup',
  'postGroupMessage',
  'createSupplier',
  'createSupplierExperience',
  'updateSupplierExperience',
  'signUp',
];

/** Roles that may change something, for the values that pass the edge. */
const DEEP_ROLES = ['council editor', 'council admin', 'platform admin', 'officer'];
/** Roles that may change most, for values free text may hold. */
const EDITING_ROLES = ['council editor', 'council admin', 'platform admin'];

type Outcome = 'refused' | 'accepted' | 'internal';

interface Case {
  field: GraphQLField<unknown, unknown>;
  operation: 'query' | 'mutation';
  /** Where the bad value is, e.g. "input.steps[0].title". */
  path: string;
  kind: string;
  variables: Record<string, unknown>;
  /** Whether the value can never be right (so it must be refused, not just survived). */
  mustRefuse: boolean;
}

interface Result {
  case: Case;
  role: string;
  outcome: Outcome;
  code?: unknown;
  message?: string;
}

/** Values an honest client would send, by input field or argument name. */
const PLAUSIBLE: Record<string, unknown> = {
  // case studies
  title: 'Fuzzing the exchange',
  summary: 'A short summary of the work.',
  stage: 'PILOT',
  serviceAreas: ['ADULT_SOCIAL_CARE'],
  technologies: ['AI'],
  objectives: ['EFFICIENCY'],
  evidenceLevel: 'ESTIMATED',
  investment: '£2,000',
  runningCostPerYear: '0',
  cashableSavingsPerYear: '4m',
  contactEmail: 'pat@der.test.gov.uk',
  contactName: 'Pat Example',
  coAuthorCouncilCodes: ['NGM'], // replaced by a current council's code at start
  startDate: '2024-01-01',
  endDate: '2024-06-01',
  licence: 'OGL-UK-3.0',
  sourceUrl: 'https://example.org/study',
  // components
  kind: 'DOCUMENT_TEMPLATE',
  maturity: 'LIVE',
  standards: ['UK_GDPR'],
  maintainingCouncilCodes: ['NGM'],
  documentationUrl: 'https://example.org/docs',
  // adoption
  startedOn: '2024-01-01',
  // procurement groups
  need: 'A digital assistant that answers residents’ questions about bins, day and night.',
  cpvCode: '72000000-5',
  estimatedValuePerCouncil: '250k',
  estimatedTotalValue: '£1,000,000',
  desiredStart: '2027-09-01',
  route: 'OPEN_PROCEDURE',
  minimumCouncils: 2,
  visibility: 'OPEN',
  interestClosesOn: '2027-06-30',
  volume: 40,
  volumeUnit: 'licences',
  estimatedValue: '250,000',
  earliestStart: '2027-09-01',
  latestStart: '2027-12-01',
  // suppliers and experiences
  product: 'Case management',
  whatWorked: 'It was reliable.',
  contractStart: '2022-04-01',
  contractEnd: '2027-03-31',
  routeToMarket: 'OPEN_PROCEDURE',
  valueBand: 'FROM_100K_TO_500K',
  ratingDelivery: 4,
  ratingExitAndDataPortability: 3,
  ratingInteroperability: 4,
  ratingSupport: 5,
  ratingValueForMoney: 4,
  cpvCodes: ['72000000-5'],
  website: 'https://example.org',
  // identity
  email: 'fuzz@example.org',
  password: 'three random words',
  currentPassword: 'three random words',
  newPassword: 'four more random words',
  domain: 'der.test.gov.uk',
  issuer: 'https://login.example.org/v2.0',
  // places and lists
  councilCode: 'DER',
  likeCouncil: 'DER',
  region: 'East Midlands',
  first: 5,
  after: null,
  before: null,
  withinKm: 25,
  fromMonths: 6,
  toMonths: 36,
  monthsEitherSide: 6,
  from: 1,
  to: 1,
};

/** Strings with a fixed set of right answers: a built-in name there must be refused. */
const CLOSED_STRINGS = new Set([
  'licence',
  'cpvCode',
  'cpvCodes',
  'councilCode',
  'likeCouncil',
  'coAuthorCouncilCodes',
  'maintainingCouncilCodes',
  'region',
  'attribute',
  'email',
  'contactEmail',
  'url',
  'sourceUrl',
  'documentationUrl',
  'website',
  'issuer',
  'domain',
  'token',
  'code',
]);
const isClosed = (name: string) =>
  CLOSED_STRINGS.has(name) || /^[A-Z][A-Z0-9_]+$/.test(String([PLAUSIBLE[name]].flat()[0]));
const isDateLike = (name: string) => /^\d{4}-\d{2}-\d{2}$/.test(String(PLAUSIBLE[name] ?? ''));

describe('every argument against bad input, as every role (PostgreSQL + Meilisearch)', () => {
  let harness: TestApp;
  let schema: GraphQLSchema;
  const sessions: Record<string, TestSession | undefined> = {};
  /** A real row id by ID argument, so a bad value next to it reaches the rules. */
  const ids: Record<string, string> = {};
  let groupId = '';
  let unique = 0;
  let experienceId = '';
  /** Moderated (published, rejected...) by the fuzzing, so the one edited stays editable. */
  let moderatedExperienceId = '';

  beforeAll(async () => {
    harness = await bootTestApp((config) =>
      createApp(
        // No job worker: a job an accepted mutation queued would otherwise write
        // in a later group's window, and that group would be blamed for it.
        { ...config, jobs: { ...(config.jobs ?? JOBS_DEFAULTS), workerEnabled: false } },
        {
          logger: false,
          // Thousands of requests from one address in a minute, on purpose.
          http: { rateLimit: { limit: 1_000_000 } },
        },
      ),
    );
    sessions['visitor'] = undefined;
    sessions['officer'] = await signedIn(harness, { council: 'DER' });
    sessions['council editor'] = await signedIn(harness, { council: 'DER', role: 'EDITOR' });
    sessions['council admin'] = await signedIn(harness, { council: 'DER', role: 'ADMIN' });
    sessions['platform admin'] = await signedIn(harness, { platformRole: 'ADMIN' });
    await signedIn(harness, { council: 'NOT', role: 'EDITOR' });
    // A password, so "delete my account" and "change password" check one
    // rather than treating these as single sign-on accounts.
    await harness.dataSource.query(`UPDATE account SET password_hash = $1`, [
      await AccountService.hashPassword('the right password for fuzzing'),
    ]);
    await loadSampleCaseStudies(harness.app);
    await loadSampleComponents(harness.app);
    await loadSampleProcurementGroups(harness.app);
    const [other] = await harness.dataSource.query(
      `SELECT code FROM council WHERE is_current AND code <> 'DER' ORDER BY code LIMIT 1`,
    );
    PLAUSIBLE['coAuthorCouncilCodes'] = [other.code];
    PLAUSIBLE['maintainingCouncilCodes'] = [other.code];
    await seedDerbyRecords();
    const introspection = await harness.graphql<IntrospectionQuery>(getIntrospectionQuery());
    schema = buildClientSchema(introspection.data!);
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  /** A draft and published record of each kind that Derby's editor may change. */
  async function seedDerbyRecords() {
    const editor = sessions['council editor']!;
    const run = async (query: string, variables: Record<string, unknown>) => {
      const response = await editor.graphql(query, variables);
      if (response.errors) throw new Error(`Seeding failed: ${JSON.stringify(response.errors)}`);
      return Object.values(response.data ?? {})[0] as { id: string };
    };
    const studyInput = {
      title: 'AI to assess adult social care needs',
      summary: 'Information in, assessment in seconds, a person checks it.',
      stage: 'PILOT',
      serviceAreas: ['ADULT_SOCIAL_CARE'],
      evidenceLevel: 'ESTIMATED',
    };
    const study = await run(
      'mutation ($input: CaseStudyInput!) { createCaseStudy(input: $input) { id } }',
      { input: studyInput },
    );
    const component = await run(
      'mutation ($input: ComponentInput!) { createComponent(input: $input) { id } }',
      {
        input: {
          name: 'DPIA template',
          kind: 'DOCUMENT_TEMPLATE',
          summary: 'A DPIA template for AI projects.',
          licence: 'OGL-UK-3.0',
          maturity: 'LIVE',
        },
      },
    );
    const startGroup = () =>
      run(
        'mutation ($input: ProcurementGroupInput!) { startProcurementGroup(input: $input) { id } }',
        {
          input: {
            title: 'AI digital assistant',
            need: PLAUSIBLE['need'],
            cpvCode: '72000000-5',
            desiredStart: '2027-09-01',
            route: 'OPEN_PROCEDURE',
            minimumCouncils: 2,
            visibility: 'OPEN',
            interestClosesOn: '2027-06-30',
          },
        },
      );
    const group = await startGroup();
    // Moved through its stages (or abandoned) by the fuzzing, apart from the one edited.
    const movedGroup = await startGroup();
    await run('mutation ($id: ID!) { publishComponent(id: $id) { id } }', { id: component.id });
    const supplier = await run(
      'mutation ($input: SupplierInput!) { createSupplier(input: $input) { id } }',
      { input: { name: 'Fuzz Systems Ltd' } },
    );
    const createExperience = () =>
      run(
        'mutation ($input: SupplierExperienceInput!) { createSupplierExperience(input: $input) { id } }',
        {
          input: {
            supplierId: supplier.id,
            product: 'Case management',
            cpvCode: '72000000-5',
            contractStart: '2022-04-01',
            contractEnd: '2027-03-31',
            routeToMarket: 'OPEN_PROCEDURE',
            valueBand: 'FROM_100K_TO_500K',
            attribution: 'NAMED',
            isCurrent: true,
            wouldBuyAgain: true,
            ratingDelivery: 4,
            ratingExitAndDataPortability: 3,
            ratingInteroperability: 4,
            ratingSupport: 5,
            ratingValueForMoney: 4,
            whatWorked: 'It was reliable.',
          },
        },
      );
    const experience = await createExperience();
    moderatedExperienceId = (await createExperience()).id;
    experienceId = experience.id;
    groupId = group.id;
    Object.assign(ids, {
      caseStudyId: study.id,
      componentId: component.id,
      groupId: movedGroup.id,
      supplierId: supplier.id,
      intoId: supplier.id,
      duplicateId: supplier.id,
      experienceId: experience.id,
    });
    const [account] = await harness.dataSource.query(
      `SELECT account_id AS id FROM council_membership WHERE council_code = 'DER' AND role = 'OFFICER' LIMIT 1`,
    );
    ids['accountId'] = account.id;
    ids['actorAccountId'] = account.id;
  }

  /** The id a field's `id` argument means, from the field's name. */
  function idFor(fieldName: string, argumentName: string): string {
    if (argumentName !== 'id') return ids[argumentName] ?? randomUUID();
    if (/CaseStudy/i.test(fieldName)) return ids['caseStudyId']!;
    if (/Component/i.test(fieldName)) return ids['componentId']!;
    if (/Group/i.test(fieldName)) return groupId;
    if (
      /^(publish|reject|requestSupplierExperienceChanges|raise)/.test(fieldName) &&
      /Experience/.test(fieldName)
    )
      return moderatedExperienceId;
    if (/Experience/i.test(fieldName)) return experienceId;
    if (/^(supplier|updateSupplier)$/.test(fieldName)) return ids['supplierId']!;
    return randomUUID();
  }

  /** A plausible value of a type, by name first, then by type. */
  function plausible(type: GraphQLInputType, name: string, fieldName: string): unknown {
    if (isNonNullType(type)) return plausible(type.ofType, name, fieldName);
    if (isListType(type)) {
      const known = PLAUSIBLE[name];
      // A copy: the bad value is put into it.
      return Array.isArray(known) ? [...known] : [plausible(type.ofType, name, fieldName)];
    }
    if (isInputObjectType(type)) {
      const value: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        if (isNonNullType(field.type) || Object.hasOwn(PLAUSIBLE, field.name)) {
          value[field.name] = plausible(field.type, field.name, fieldName);
        }
      }
      return value;
    }
    if (isEnumType(type)) return type.getValues()[0]!.value;
    if (Object.hasOwn(PLAUSIBLE, name) && !Array.isArray(PLAUSIBLE[name])) return PLAUSIBLE[name];
    switch (type.name) {
      case 'ID':
        return idFor(fieldName, name);
      case 'Int':
        return 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return true;
      default:
        // Unique, as names of suppliers and the like must be.
        return `Fuzz ${name} ${(unique += 1)}`;
    }
  }

  /** Every place a bad value can go in one argument: [path, leaf type, leaf name, setter]. */
  function leaves(
    type: GraphQLInputType,
    path: string,
    name: string,
    depth = 0,
  ): { path: string; type: GraphQLNamedType; name: string; list: boolean }[] {
    const named = getNamedType(type);
    const list = isListType(isNonNullType(type) ? type.ofType : type);
    if (isInputObjectType(named)) {
      if (depth > 3) return [];
      return Object.values(named.getFields()).flatMap((field) =>
        leaves(field.type, `${path}${list ? '[0]' : ''}.${field.name}`, field.name, depth + 1),
      );
    }
    return [{ path: list ? `${path}[0]` : path, type: named, name, list }];
  }

  /** The argument values with `bad` put at `path` (an argument, or a field inside one). */
  function withValueAt(
    field: GraphQLField<unknown, unknown>,
    path: string,
    bad: unknown,
  ): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const argument of field.args) {
      values[argument.name] = plausible(argument.type, argument.name, field.name);
    }
    const steps = path.split(/\.|(?=\[)/);
    let holder: Record<string, unknown> | unknown[] = values;
    steps.forEach((step, index) => {
      const last = index === steps.length - 1;
      const key: string | number = step.startsWith('[') ? Number(step.slice(1, -1)) : step;
      if (last) {
        (holder as Record<string | number, unknown>)[key] = bad;
        return;
      }
      const next = (holder as Record<string | number, unknown>)[key];
      const nextIsList = steps[index + 1]!.startsWith('[');
      if (next === undefined || next === null) {
        (holder as Record<string | number, unknown>)[key] = nextIsList ? [] : {};
      }
      holder = (holder as Record<string | number, Record<string, unknown>>)[key]!;
    });
    return values;
  }

  /** The bad values for one leaf, with whether each must be refused. */
  function badValuesFor(
    leaf: { type: GraphQLNamedType; name: string; path: string },
    operation: 'query' | 'mutation',
    leafIndex: number,
  ): { kind: string; value: unknown; mustRefuse: boolean }[] {
    const cases: { kind: string; value: unknown; mustRefuse: boolean }[] = [];
    const { type, name } = leaf;
    if (type.name === 'String' || type.name === 'ID') {
      cases.push({ kind: 'NUL', value: 'Fuzz\u0000value', mustRefuse: true });
      cases.push({ kind: 'lone surrogate', value: 'Fuzz \ud800 value', mustRefuse: true });
    }
    if (type.name === 'ID') {
      for (const value of NOT_UUIDS)
        cases.push({ kind: `not a UUID (${value})`, value, mustRefuse: true });
    }
    if (type.name === 'String') {
      // A lookup may answer "none" to a code that is a built-in name; a
      // mutation must refuse one where the answer is one of a fixed set. Free
      // text may hold one: it gets one name in turn, to keep the run short.
      const closed = operation === 'mutation' && isClosed(name);
      const names = closed ? BUILT_IN_NAMES : [BUILT_IN_NAMES[leafIndex % BUILT_IN_NAMES.length]!];
      for (const value of names) {
        cases.push({ kind: `built-in name ${value}`, value, mustRefuse: closed });
      }
      // A query may answer a long search with nothing; a mutation must not store it.
      cases.push({ kind: 'huge string', value: HUGE, mustRefuse: false });
      if (isDateLike(name) || /(Date|On|Start|End)$/.test(name)) {
        for (const value of IMPOSSIBLE_DATES) {
          cases.push({ kind: `impossible date ${value}`, value, mustRefuse: true });
        }
      }
      if (name === 'after' || name === 'before') {
        cases.push({ kind: 'malformed cursor', value: 'bm90IGEgY3Vyc29y', mustRefuse: true });
      }
    }
    if (type.name === 'Int') {
      cases.push({ kind: 'negative number', value: -1, mustRefuse: false });
      cases.push({ kind: 'largest Int', value: 2_147_483_647, mustRefuse: false });
    }
    if (type.name === 'Float') {
      cases.push({ kind: 'negative number', value: -1, mustRefuse: false });
      cases.push({ kind: 'huge Float', value: 1e308, mustRefuse: false });
    }
    if (isEnumType(type)) {
      cases.push({ kind: 'built-in name for an enum', value: 'toString', mustRefuse: true });
    }
    return cases;
  }

  /**
   * A query's answer is read only as its type name (lists are costly); a
   * mutation's two levels deep, so the labels and enums of what it stored are
   * written out, where a built-in name would fail.
   */
  function operationText(field: GraphQLField<unknown, unknown>, operation: 'query' | 'mutation') {
    const type = getNamedType(field.type);
    const selection = operation === 'mutation' ? deepSelection(type, 2) : deepSelection(type, 0);
    const declared = field.args.map((argument) => `$${argument.name}: ${String(argument.type)}`);
    const passed = field.args.map((argument) => `${argument.name}: $${argument.name}`);
    return `${operation}${declared.length ? `(${declared.join(', ')})` : ''} { ${field.name}${
      passed.length ? `(${passed.join(', ')})` : ''
    } ${selection} }`;
  }

  function casesOf(operation: 'query' | 'mutation'): Case[] {
    const root = operation === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
    return Object.values(root.getFields())
      .filter((field) => !field.name.startsWith('__'))
      .flatMap((field) =>
        field.args.flatMap((argument: GraphQLArgument) =>
          leaves(argument.type, argument.name, argument.name).flatMap((leaf, leafIndex) =>
            badValuesFor(leaf, operation, leafIndex).map((bad) => ({
              field,
              operation,
              path: leaf.path,
              kind: bad.kind,
              variables: withValueAt(field, leaf.path, bad.value),
              mustRefuse: bad.mustRefuse,
            })),
          ),
        ),
      );
  }

  async function send(session: TestSession | undefined, query: string, variables: object) {
    const call = request(harness.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json');
    if (session) call.set('cookie', session.cookie);
    const response = await call.send({ query, variables });
    return response;
  }

  function outcomeOf(response: { status: number; body: unknown }): {
    outcome: Outcome;
    code?: unknown;
    message?: string;
  } {
    const body = response.body as {
      errors?: { message?: string; extensions?: { code?: unknown } }[];
    };
    const codes = (body.errors ?? []).map((error) => error.extensions?.code);
    if (response.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) {
      return { outcome: 'internal', code: codes[0] ?? response.status };
    }
    if (codes.length > 0 || response.status >= 400) {
      return { outcome: 'refused', code: codes[0], message: body.errors?.[0]?.message };
    }
    return { outcome: 'accepted' };
  }

  /** The query of contentChecksum, made once: the tables do not change. */
  let checksumQuery: string | undefined;

  /** A checksum of every content table, to prove a refused mutation stored nothing. */
  async function contentChecksum(): Promise<Record<string, string>> {
    // Left out, as bookkeeping every request may rightly write: audit_event
    // (each refusal is audited), session (last seen), rate_limit (requests and failed
    // attempts are counted), search_outbox and search_index_state (the
    // indexer's queue and progress, written on its own schedule), and
    // migrations.
    if (!checksumQuery) {
      const tables: { table_name: string }[] = await harness.dataSource.query(
        `SELECT table_name FROM information_schema.tables
          WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
            AND table_name NOT IN ('audit_event', 'session', 'rate_limit', 'search_outbox',
                                   'search_index_state', 'migrations')`,
      );
      checksumQuery = tables
        .map(
          ({ table_name: table }) =>
            `SELECT '${table}' AS name, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${table}" t`,
        )
        .join(' UNION ALL ');
    }
    const rows: { name: string; sum: string }[] = await harness.dataSource.query(checksumQuery);
    return Object.fromEntries(rows.map((row) => [row.name, row.sum]));
  }

  const changedTables = (before: Record<string, string>, after: Record<string, string>) =>
    Object.keys(after).filter((table) => before[table] !== after[table]);

  /** Runs jobs a few at a time: the server is one process on a shared machine. */
  async function pool<T, R>(
    items: T[],
    size: number,
    job: (item: T, index: number) => Promise<R>,
  ): Promise<R[]> {
    const results: R[] = new Array(items.length);
    let next = 0;
    await Promise.all(
      Array.from({ length: size }, async () => {
        while (next < items.length) {
          const index = next++;
          results[index] = await job(items[index]!, index);
        }
      }),
    );
    return results;
  }

  // A message is for a person: it names the field, it does not repeat 1 MB back.
  const echoesHugeValue = (result: Result) => String(result.message ?? '').length > 2_000;
  const label = (result: Result) =>
    `${result.case.field.name}(${result.case.path})=${result.case.kind} as ${result.role}`;

  it('answers every bad value without an internal error, and a refused mutation stores nothing', async () => {
    const roles = Object.keys(sessions);
    const problems: string[] = [];
    const report = (result: Result, problem: string) =>
      problems.push(`${label(result)}: ${problem}`);
    // The checksums trace a change to the group of fields sent since the last
    // one: nothing else may write meanwhile, so no job runs in this app.
    expect(await harness.app.get(JobQueueStatus).report()).toMatchObject({ worker: false });

    // Queries store nothing: all of them, each case as one role in turn.
    const queries = casesOf('query');
    await pool(queries, 8, async (fuzz, index) => {
      const role = roles[index % roles.length]!;
      const response = await send(
        sessions[role],
        operationText(fuzz.field, 'query'),
        fuzz.variables,
      );
      const result: Result = { case: fuzz, role, ...outcomeOf(response) };
      if (result.outcome === 'internal') report(result, `answered ${String(result.code)}`);
      if (echoesHugeValue(result)) report(result, 'echoed the huge value in its message');
      else if (fuzz.mustRefuse && result.outcome === 'accepted') report(result, 'was accepted');
    });

    // Mutations: six fields at a time, each field's cases one after another
    // (two sign-ups of one address at once would race), with a checksum of
    // the content around each group, so a change is traced to its fields.
    // First the values that can never be right, where any change at all is a
    // fault; then those free text may hold, which may rightly be stored.
    let turn = 0;
    let deepTurn = 0;
    const acceptedFields = new Set<string>();
    const refusedWhy = new Map<string, string>();
    const mutations = casesOf('mutation');
    for (const mustRefuse of [true, false]) {
      const byField = new Map<string, Case[]>();
      for (const fuzz of mutations.filter((fuzz) => fuzz.mustRefuse === mustRefuse)) {
        byField.set(fuzz.field.name, [...(byField.get(fuzz.field.name) ?? []), fuzz]);
      }
      // Fields of like size together: a group takes as long as its field with most cases.
      const fields = [...byField.entries()].sort(([, a], [, b]) => b.length - a.length);
      // Nothing writes between groups: one group's "after" is the next one's "before".
      let before = await contentChecksum();
      for (let start = 0; start < fields.length; start += 6) {
        const group = fields.slice(start, start + 6);
        const results = (
          await Promise.all(
            group.map(([, cases]) =>
              // Each case as the next role in turn, so every role meets every field;
              // values the edge lets through go to roles that get past the guards.
              pool(
                cases.map((fuzz) => ({
                  fuzz,
                  role: /^(NUL|lone surrogate|not a UUID)/.test(fuzz.kind)
                    ? roles[turn++ % roles.length]!
                    : mustRefuse
                      ? DEEP_ROLES[deepTurn++ % DEEP_ROLES.length]!
                      : EDITING_ROLES[deepTurn++ % EDITING_ROLES.length]!,
                })),
                1,
                async ({ fuzz, role }) => {
                  const response = await send(
                    sessions[role],
                    operationText(fuzz.field, 'mutation'),
                    fuzz.variables,
                  );
                  return { case: fuzz, role, ...outcomeOf(response) } as Result;
                },
              ),
            ),
          )
        ).flat();
        const after = await contentChecksum();
        const changed = changedTables(before, after);
        before = after;
        for (const result of results) {
          // Past its rules: stored, or (a fault reported here) failed after them.
          if (result.outcome !== 'refused') acceptedFields.add(result.case.field.name);
          else if (!mustRefuse)
            refusedWhy.set(result.case.field.name, `${result.role}: ${result.message}`);
          if (result.outcome === 'internal') report(result, `answered ${String(result.code)}`);
          if (echoesHugeValue(result)) report(result, 'echoed the huge value in its message');
          else if (result.case.mustRefuse && result.outcome === 'accepted') {
            report(result, 'was accepted');
          } else if (result.case.kind === 'huge string' && result.outcome === 'accepted') {
            report(result, 'accepted a 1 MB string');
          }
        }
        if (changed.length === 0) continue;
        const names = group.map(([name]) => name).join(', ');
        const notRefused = results.filter((result) => result.outcome !== 'refused');
        if (mustRefuse) {
          // Stored although none of it may be: the cases not refused are why
          // (each already reported); if every case was refused, nothing explains it.
          if (notRefused.length === 0) {
            problems.push(`${names}: every case was refused, yet ${changed.join(', ')} changed`);
          } else {
            for (const result of notRefused) report(result, `stored in ${changed.join(', ')}`);
          }
        } else if (results.every((result) => result.outcome === 'refused')) {
          problems.push(`${names}: every case was refused, yet ${changed.join(', ')} changed`);
        }
      }
    }

    // A field whose cases all went to roles its guard refuses (the roles take
    // turns) is tried once more with only plausible values, as an editor of
    // the council: what an honest client sends must get past its rules.
    const mutationFields = schema.getMutationType()!.getFields();
    for (const name of REACHES_ITS_RULES.filter((field) => !acceptedFields.has(field))) {
      const field = mutationFields[name]!;
      const variables = Object.fromEntries(
        field.args.map((argument) => [
          argument.name,
          plausible(argument.type, argument.name, field.name),
        ]),
      );
      const response = await send(
        sessions['council editor'],
        operationText(field, 'mutation'),
        variables,
      );
      const { outcome, message } = outcomeOf(response);
      if (outcome === 'refused') refusedWhy.set(name, `council editor: ${String(message)}`);
      else acceptedFields.add(name);
    }

    expect(problems).toEqual([]);
    // The plausible values must be good enough to get past each form's own
    // rules, or the bad value next to them was never looked at.
    expect(
      REACHES_ITS_RULES.filter((field) => !acceptedFields.has(field)).map(
        (field) => `${field}, refused as ${refusedWhy.get(field)}`,
      ),
    ).toEqual([]);
  }, 600_000);

  it('still reads every query as every role afterwards, whatever was accepted', async () => {
    const problems: string[] = [];
    const queryType = schema.getQueryType()!;
    for (const field of Object.values(queryType.getFields())) {
      if (field.name.startsWith('__')) continue;
      const variables: Record<string, unknown> = {};
      for (const argument of field.args) {
        variables[argument.name] = plausible(argument.type, argument.name, field.name);
      }
      // Whole lists, so what the fuzzing stored is among what is read.
      if ('first' in variables) variables['first'] = 100;
      const declared = field.args.map((argument) => `$${argument.name}: ${String(argument.type)}`);
      const passed = field.args.map((argument) => `${argument.name}: $${argument.name}`);
      const query = (depth: number) =>
        `query${declared.length ? `(${declared.join(', ')})` : ''} { ${field.name}${
          passed.length ? `(${passed.join(', ')})` : ''
        } ${deepSelection(getNamedType(field.type), depth)} }`;
      // Every role at once: reads only, and the server has requests to overlap.
      await Promise.all(
        Object.entries(sessions).map(async ([role, session]) => {
          // As deep as the query limits allow: labels sit a few levels down.
          for (let depth = 6; depth >= 1; depth--) {
            const response = await send(session, query(depth), variables);
            const { outcome, code } = outcomeOf(response);
            if (code === 'QUERY_TOO_COMPLEX') continue;
            if (outcome === 'internal') {
              problems.push(`${field.name} as ${role}: ${String(code)}`);
            }
            // Plausible arguments must not be refused as malformed, or nothing was read.
            if (code === 'BAD_CURSOR' || code === 'QUERY_TOO_COMPLEX') {
              problems.push(`${field.name} as ${role}: the read itself was refused (${code})`);
            }
            break;
          }
        }),
      );
    }
    expect(problems).toEqual([]);
  }, 120_000);

  /** Every field without required arguments, `depth` levels down (labels included). */
  function deepSelection(type: GraphQLNamedType, depth: number): string {
    if (isLeafType(type)) return '';
    if (depth === 0) return '{ __typename }';
    if (isUnionType(type)) {
      return `{ __typename ${type
        .getTypes()
        .map((member) => `... on ${member.name} ${deepSelection(member, depth - 1)}`)
        .join(' ')} }`;
    }
    if (!isObjectType(type) && !isInterfaceType(type)) return '{ __typename }';
    const fields = Object.values((type as GraphQLObjectType).getFields()).filter(
      (field) => !field.args.some((argument) => isNonNullType(argument.type)),
    );
    return `{ __typename ${fields
      .map((field) => `${field.name} ${deepSelection(getNamedType(field.type), depth - 1)}`)
      .join(' ')} }`;
  }
});
