import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import {
  errorCodeOf,
  problemFieldsOf,
  signedIn,
  type TestApp,
  type TestSession,
} from '@lgx/api/testing';

import { ContractImportService } from '../contracting-process/contract-import.service';
import { ContractingProcessService } from '../contracting-process/contracting-process.service';
import { bootContractsApp, buyerRelease } from '../test/contracts-test-app';

const UNMATCHED = `query($first: Int, $after: String) { unmatchedContractBuyers(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { nameKey buyerName processCount exampleTitles note candidates { code name officialName current } } } } }`;
const DECISIONS = `query { contractBuyerDecisions(first: 50) { totalCount
  edges { node { nameKey buyerName council { code } notACouncil decidedBy decidedAt processCount } } } }`;
const OUTCOME = `nameKey buyerName processesChanged processesMatchedByIdentifier decision { council { code current } notACouncil decidedBy }`;
const MATCH = `mutation($nameKey: String!, $councilCode: String!) {
  matchContractBuyer(input: { nameKey: $nameKey, councilCode: $councilCode }) { ${OUTCOME} } }`;
const REJECT = `mutation($nameKey: String!) { rejectContractBuyer(nameKey: $nameKey) { ${OUTCOME} } }`;
const UNDO = `mutation($nameKey: String!) { undoContractBuyerDecision(nameKey: $nameKey) { ${OUTCOME} } }`;

interface Unmatched {
  unmatchedContractBuyers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: { nameKey: string; buyerName: string; processCount: number } & Record<string, unknown>;
    }[];
  };
}

describe('unmatched contract buyers, decided by platform admins (PostgreSQL)', () => {
  let harness: TestApp;
  let admin: TestSession;
  let processes: ContractingProcessService;
  let dir: string;

  beforeAll(async () => {
    harness = await bootContractsApp();
    admin = await signedIn(harness, { platformRole: 'ADMIN', name: 'Ada Admin' });
    processes = harness.app.get(ContractingProcessService);
    dir = await mkdtemp(path.join(tmpdir(), 'lgx-buyers-'));
  });

  afterAll(async () => {
    await harness?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Processes under a fresh buyer name of its own (so tests never share one). */
  async function publish(name: string, count: number, identifier?: { scheme: string; id: string }) {
    const ocids: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const ocid = `ocds-test-${randomBytes(4).toString('hex')}`;
      await processes.applyRelease(
        buyerRelease(ocid, name, { identifier, title: `${name} work ${index}` }),
      );
      ocids.push(ocid);
    }
    return ocids;
  }
  const matchOf = async (ocids: string[]) =>
    harness.dataSource.query<{ how: string; council: string | null }[]>(
      `SELECT buyer_match AS how, buyer_council_code AS council FROM contracting_process
        WHERE ocid = ANY($1) ORDER BY array_position($1, ocid)`,
      [ocids],
    );
  // Ten random letters. Hex with its digits made "x" left most characters "x": two of this
  // file's names matched in about 3% of runs and merged (3 processes changed, not 2).
  const unique = (text: string) =>
    `${text} ${Array.from(randomBytes(10), (byte) => String.fromCharCode(97 + (byte % 26))).join('')}`;
  const keyOf = (name: string) =>
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const allUnmatched = async () => {
    const response = await admin.graphql<Unmatched>(UNMATCHED, { first: 100 });
    expect(response.errors).toBeUndefined();
    return response.data!.unmatchedContractBuyers;
  };

  it('lists each unsure buyer name once, most processes first, with its note, candidates and titles', async () => {
    const few = unique('Derby County Council');
    const many = unique('Derby City Council / Nottingham City Council');
    await publish(few, 1);
    await publish(many, 3);
    // The most frequent form is the name shown.
    await publish(many.toUpperCase(), 1);
    const list = await allUnmatched();
    const nodes = list.edges.map((edge) => edge.node);
    const joint = nodes.find((node) => node.nameKey === keyOf(many))!;
    expect(joint).toMatchObject({
      buyerName: many,
      processCount: 4,
      note: expect.stringContaining('more than one council'),
      candidates: [
        { code: 'DER', name: 'Derby', officialName: 'Derby City Council', current: true },
        { code: 'NOT', name: 'Nottingham', officialName: 'Nottingham City Council', current: true },
      ],
    });
    expect(joint.exampleTitles).toHaveLength(3);
    expect(nodes.findIndex((node) => node === joint)).toBeLessThan(
      nodes.findIndex((node) => node.nameKey === keyOf(few)),
    );
    const counts = nodes.map((node) => node.processCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(list.totalCount).toBe(nodes.length);
  });

  it('pages the list by cursor, every name once', async () => {
    for (let index = 0; index < 3; index += 1)
      await publish(unique('Enterprise Derby and Kent'), 1);
    const seen: string[] = [];
    let after: string | null = null;
    let last: string | null = null;
    let total = 0;
    do {
      const page: { data?: Unmatched | null } = await admin.graphql<Unmatched>(UNMATCHED, {
        first: 2,
        after,
      });
      const connection = page.data!.unmatchedContractBuyers;
      total = connection.totalCount;
      seen.push(...connection.edges.map((edge) => edge.node.nameKey));
      last = connection.pageInfo.endCursor;
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    // After the last row: no rows, and still the total.
    const past = await admin.graphql<Unmatched>(UNMATCHED, { first: 2, after: last });
    expect(past.data!.unmatchedContractBuyers).toMatchObject({ totalCount: total, edges: [] });
    const forged = await admin.graphql(UNMATCHED, { first: 2, after: 'not-a-cursor' });
    expect(errorCodeOf(forged)).toBe('BAD_CURSOR');
  });

  it('matches a name to a council at once, except processes matched by an identifier; a later import follows', async () => {
    const name = unique('Derby County Council');
    const unsure = await publish(name, 2);
    const identified = await publish(name, 1, { scheme: 'GB-LAE', id: 'DER' });
    expect(await matchOf([...unsure, ...identified])).toEqual([
      { how: 'UNMATCHED', council: null },
      { how: 'UNMATCHED', council: null },
      { how: 'IDENTIFIER', council: 'DER' },
    ]);
    // Kent, not Derby: so the identifier's process visibly keeps its own council.
    const response = await admin.graphql(MATCH, { nameKey: keyOf(name), councilCode: 'ken' });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      matchContractBuyer: {
        nameKey: keyOf(name),
        buyerName: name,
        processesChanged: 2,
        processesMatchedByIdentifier: 1,
        decision: {
          council: { code: 'KEN', current: true },
          notACouncil: false,
          decidedBy: 'Ada Admin',
        },
      },
    });
    expect(await matchOf([...unsure, ...identified])).toEqual([
      { how: 'DECIDED', council: 'KEN' },
      { how: 'DECIDED', council: 'KEN' },
      { how: 'IDENTIFIER', council: 'DER' },
    ]);
    expect((await allUnmatched()).edges.map((edge) => edge.node.nameKey)).not.toContain(
      keyOf(name),
    );

    // A later import of a new notice under the name, in another case, follows the decision.
    const ocid = `ocds-test-${randomBytes(4).toString('hex')}`;
    const file = path.join(dir, `${ocid}.json`);
    await writeFile(file, JSON.stringify({ releases: [buyerRelease(ocid, name.toUpperCase())] }));
    const report = await harness.app.get(ContractImportService).importFile(file);
    expect(report.refused).toEqual([]);
    expect(await matchOf([ocid])).toEqual([{ how: 'DECIDED', council: 'KEN' }]);
  });

  it('rejects a name as not a council, and a second decision replaces the first', async () => {
    const name = unique('Enterprise Derby and Kent');
    const ocids = await publish(name, 2);
    const rejected = await admin.graphql<{ rejectContractBuyer: Record<string, unknown> }>(REJECT, {
      nameKey: name,
    });
    expect(rejected.data?.rejectContractBuyer).toMatchObject({
      processesChanged: 2,
      decision: { council: null, notACouncil: true },
    });
    expect(await matchOf(ocids)).toEqual([
      { how: 'NOT_A_COUNCIL', council: null },
      { how: 'NOT_A_COUNCIL', council: null },
    ]);
    const matched = await admin.graphql(MATCH, { nameKey: keyOf(name), councilCode: 'DER' });
    expect(matched.errors).toBeUndefined();
    expect(await matchOf(ocids)).toEqual([
      { how: 'DECIDED', council: 'DER' },
      { how: 'DECIDED', council: 'DER' },
    ]);
    const decisions = await admin.graphql<{
      contractBuyerDecisions: { edges: { node: Record<string, unknown> }[] };
    }>(DECISIONS);
    const mine = decisions.data!.contractBuyerDecisions.edges.filter(
      (edge) => edge.node['nameKey'] === keyOf(name),
    );
    expect(mine).toEqual([
      {
        node: expect.objectContaining({
          buyerName: name,
          council: { code: 'DER' },
          notACouncil: false,
          decidedBy: 'Ada Admin',
          processCount: 2,
        }),
      },
    ]);
  });

  it('pages the decisions newest first, every decision once', async () => {
    for (let index = 0; index < 3; index += 1) {
      const name = unique('Enterprise Derby and Kent');
      await publish(name, 1);
      await admin.graphql(REJECT, { nameKey: name });
    }
    const PAGE = `query($after: String) { contractBuyerDecisions(first: 1, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { nameKey decidedAt } } } }`;
    type Page = {
      contractBuyerDecisions: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { nameKey: string; decidedAt: string } }[];
      };
    };
    const seen: { nameKey: string; decidedAt: string }[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: { data?: Page | null } = await admin.graphql<Page>(PAGE, { after });
      const connection = page.data!.contractBuyerDecisions;
      total = connection.totalCount;
      seen.push(...connection.edges.map((edge) => edge.node));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBeGreaterThanOrEqual(3);
    expect(new Set(seen.map((decision) => decision.nameKey)).size).toBe(total);
    const times = seen.map((decision) => Date.parse(decision.decidedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('may match a former council of the register', async () => {
    const name = unique('Forest Heath Council');
    const ocids = await publish(name, 1);
    const response = await admin.graphql(MATCH, { nameKey: keyOf(name), councilCode: 'FHE' });
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({
      matchContractBuyer: { decision: { council: { code: 'FHE', current: false } } },
    });
    expect(await matchOf(ocids)).toEqual([{ how: 'DECIDED', council: 'FHE' }]);
  });

  it('undoes a decision: forgotten, and the processes matched again as the matcher would', async () => {
    const name = unique('Derby County Council');
    const unsure = await publish(name, 2);
    const identified = await publish(name, 1, { scheme: 'GB-LAE', id: 'DER' });
    await admin.graphql(MATCH, { nameKey: keyOf(name), councilCode: 'NOT' });
    const undone = await admin.graphql(UNDO, { nameKey: keyOf(name) });
    expect(undone.errors).toBeUndefined();
    expect(undone.data).toEqual({
      undoContractBuyerDecision: {
        nameKey: keyOf(name),
        buyerName: name,
        processesChanged: 2,
        processesMatchedByIdentifier: 1,
        decision: null,
      },
    });
    expect(await matchOf([...unsure, ...identified])).toEqual([
      { how: 'UNMATCHED', council: null },
      { how: 'UNMATCHED', council: null },
      { how: 'IDENTIFIER', council: 'DER' },
    ]);
    const [notes] = await harness.dataSource.query(
      `SELECT array_agg(DISTINCT buyer_match_note) AS notes, array_agg(DISTINCT array_to_string(buyer_candidates, ',')) AS candidates
         FROM contracting_process WHERE ocid = ANY($1)`,
      [unsure],
    );
    expect(notes.candidates).toEqual(['DER']);
    expect((await allUnmatched()).edges.map((edge) => edge.node.nameKey)).toContain(keyOf(name));
    const again = await admin.graphql(UNDO, { nameKey: keyOf(name) });
    expect(errorCodeOf(again)).toBe('BAD_USER_INPUT');
    expect(problemFieldsOf(again)).toEqual(['nameKey']);
  });

  it('refuses bad input with the field to fix, and changes nothing', async () => {
    const name = unique('Derby County Council');
    const ocids = await publish(name, 1);
    const cases: [Record<string, string>, string[]][] = [
      [{ nameKey: '   ', councilCode: 'DER' }, ['nameKey']],
      [{ nameKey: keyOf(name), councilCode: ' ' }, ['councilCode']],
      [{ nameKey: keyOf(name), councilCode: 'ZZZ' }, ['councilCode']],
      [{ nameKey: 'no buyer is called this', councilCode: 'DER' }, ['nameKey']],
      [{ nameKey: '!!!', councilCode: 'ZZZ' }, ['nameKey', 'councilCode']],
      [{ nameKey: 'x'.repeat(501), councilCode: 'DER' }, ['nameKey']],
    ];
    for (const [variables, fields] of cases) {
      const response = await admin.graphql(MATCH, variables);
      expect([variables, errorCodeOf(response), problemFieldsOf(response)]).toEqual([
        variables,
        'BAD_USER_INPUT',
        fields,
      ]);
    }
    const rejected = await admin.graphql(REJECT, { nameKey: 'no buyer is called this' });
    expect(problemFieldsOf(rejected)).toEqual(['nameKey']);
    expect(await matchOf(ocids)).toEqual([{ how: 'UNMATCHED', council: null }]);
    const [{ count }] = await harness.dataSource.query(
      `SELECT count(*)::int AS count FROM contract_buyer_decision WHERE name_key = $1`,
      [keyOf(name)],
    );
    expect(count).toBe(0);
  });

  it('is for platform admins only: every other role is refused and nothing changes', async () => {
    const name = unique('Derby County Council');
    const ocids = await publish(name, 1);
    const people: [string, TestSession | null, string][] = [
      ['visitor', null, 'UNAUTHENTICATED'],
      ['officer', await signedIn(harness, { council: 'DER' }), 'FORBIDDEN'],
      ['editor', await signedIn(harness, { council: 'DER', role: 'EDITOR' }), 'FORBIDDEN'],
      ['council admin', await signedIn(harness, { council: 'DER', role: 'ADMIN' }), 'FORBIDDEN'],
      ['moderator', await signedIn(harness, { platformRole: 'MODERATOR' }), 'FORBIDDEN'],
    ];
    for (const [who, session, code] of people) {
      const ask = session ? session.graphql.bind(session) : harness.graphql.bind(harness);
      const answers = [
        await ask(UNMATCHED, { first: 5 }),
        await ask(DECISIONS),
        await ask(MATCH, { nameKey: keyOf(name), councilCode: 'DER' }),
        await ask(REJECT, { nameKey: keyOf(name) }),
        await ask(UNDO, { nameKey: keyOf(name) }),
      ];
      expect([who, answers.map(errorCodeOf)]).toEqual([who, Array(5).fill(code)]);
    }
    expect(await matchOf(ocids)).toEqual([{ how: 'UNMATCHED', council: null }]);
  });

  it('audits each decision with the buyer name and what it changed', async () => {
    const name = unique('Derby County Council');
    await publish(name, 1);
    await admin.graphql(MATCH, { nameKey: keyOf(name), councilCode: 'DER' });
    await admin.graphql(UNDO, { nameKey: keyOf(name) });
    const lines = await harness.dataSource.query(
      `SELECT action, outcome, actor_user_id AS actor, details FROM audit_event
        WHERE target_type = 'contract-buyer-name' AND target_id = $1 ORDER BY id`,
      [keyOf(name)],
    );
    expect(lines).toEqual([
      {
        action: 'contract-buyer.match',
        outcome: 'success',
        actor: admin.accountId,
        details: { councilCode: 'DER', processesChanged: 1 },
      },
      {
        action: 'contract-buyer.undo',
        outcome: 'success',
        actor: admin.accountId,
        details: { undoneCouncilCode: 'DER', processesChanged: 1 },
      },
    ]);
    const [{ count }] = await harness.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_event WHERE action = 'mutation:matchContractBuyer' AND outcome = 'success'`,
    );
    expect(count).toBeGreaterThan(0);
  });
});
