import { ReaderGroupsRegistry, SearchIndexer, SearchService } from '@lgx/api/core/search';
import {
  bootFeatureAppWithMail,
  seedTestCouncils,
  signedIn,
  startTestMailbox,
  TEST_COUNCILS,
  type TestApp,
  type TestMailbox,
  type TestSession,
} from '@lgx/api/testing';

import { ocdsProblems } from '../ocds';
import { PROCUREMENT_ENTITIES, ProcurementModule } from '../procurement.module';

const YEAR = new Date().getUTCFullYear() + 1;

const START = `mutation($input: ProcurementGroupInput!) { startProcurementGroup(input: $input) { id stage leadCouncil { code } } }`;
const GET = `query($id: ID!) {
  procurementGroup(id: $id) {
    id title stage visibility estimatedTotalValue { pence } category { code label }
    demand { interestedCount committedCount memberCount committedValue { pence formatted }
      populationCovered committedPopulation regions minimumCouncils minimumMet }
    members { council { code } status isLead volume estimatedValue { pence } }
    viewer { status isMember canManage canEdit canExpressInterest canCommit canWithdraw }
    stageHistory { fromStage toStage note changedByName changedByCouncil { code } changedAt }
  }
}`;
const MOVE = `mutation($input: MoveGroupStageInput!) { moveProcurementGroupStage(input: $input) { stage endReason } }`;
const INTEREST = `mutation($id: ID!) { expressInterestInGroup(id: $id) { id viewer { status } } }`;
const COMMIT = `mutation($id: ID!, $input: CommitmentInput!) { commitToGroup(id: $id, input: $input) { id viewer { status } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawFromGroup(id: $id) { id viewer { status } } }`;
const INVITE = `mutation($id: ID!, $code: String!) { inviteCouncilToGroup(id: $id, councilCode: $code) { id } }`;
const ANSWER = `mutation($id: ID!, $code: String!, $accept: Boolean!) { answerGroupJoinRequest(id: $id, councilCode: $code, accept: $accept) { id } }`;
const POST = `mutation($id: ID!, $body: String!) { postGroupMessage(id: $id, body: $body) { id body council { code } } }`;
const WORKSPACE = `query($id: ID!) { procurementGroupWorkspace(id: $id) { messages { body authorName council { code } } documents { filename url } } }`;
const UPDATE = `mutation($id: ID!, $input: ProcurementGroupInput!) { updateProcurementGroup(id: $id, input: $input) { id title need minimumCouncils visibility viewer { canEdit } } }`;
const DOCUMENTS = `query($id: ID!) { procurementGroupWorkspace(id: $id) { documents { id filename canRemove } } }`;
const REMOVE_DOCUMENT = `mutation($id: ID!) { deleteGroupDocument(id: $id) }`;
const LIST = `query($filter: ProcurementGroupFilter) { procurementGroups(first: 50, filter: $filter) { totalCount edges { node { id } } } }`;

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

const groupInput = (extra: object = {}) => ({
  title: 'AI digital assistant',
  need: 'A digital assistant that answers residents’ questions about bins, council tax and parking, day and night.',
  cpvCode: '72000000-5',
  estimatedValuePerCouncil: '250k',
  estimatedTotalValue: '£1,000,000',
  desiredStart: `${YEAR}-09-01`,
  route: 'OPEN_PROCEDURE',
  minimumCouncils: 2,
  visibility: 'OPEN',
  interestClosesOn: `${YEAR}-06-30`,
  ...extra,
});
const commitment = (extra: object = {}) => ({
  volume: 40,
  volumeUnit: 'licences',
  estimatedValue: '250,000',
  earliestStart: `${YEAR}-09-01`,
  latestStart: `${YEAR}-12-01`,
  ...extra,
});

type Group = {
  stage: string;
  demand: Record<string, unknown>;
  members: {
    council: { code: string };
    status: string;
    estimatedValue: { pence: string } | null;
  }[];
  viewer: Record<string, unknown>;
  stageHistory: Record<string, unknown>[];
};
const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];
const fieldsOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  ((response.errors?.[0]?.extensions?.['fields'] as { field: string }[] | undefined) ?? []).map(
    (f) => f.field,
  );

/** Every detail of a group as stored, to show a refused change changed nothing. */
const ROW = `SELECT title, need, cpv_code, value_per_council_pence, total_value_pence, desired_start::text,
  route, framework_name, framework_lot, minimum_councils, visibility, interest_closes_on::text, stage, updated_at
  FROM procurement_group WHERE id = $1`;

describe('procurement groups', () => {
  let harness: TestApp;
  let mailbox: TestMailbox;
  let derbyEditor: TestSession;
  let derbyOfficer: TestSession;
  let nottsOfficer: TestSession;
  let nottsEditor: TestSession;
  let stockportEditor: TestSession;
  let kentOfficer: TestSession;
  let kentEditor: TestSession;

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    harness = await bootFeatureAppWithMail(mailbox, {
      imports: [ProcurementModule],
      entities: PROCUREMENT_ENTITIES,
    });
    await seedTestCouncils(harness.dataSource);
    derbyEditor = await signedIn(harness, { council: 'DER', role: 'EDITOR', name: 'Dee Lead' });
    derbyOfficer = await signedIn(harness, { council: 'DER' });
    nottsOfficer = await signedIn(harness, { council: 'NOT' });
    nottsEditor = await signedIn(harness, { council: 'NOT', role: 'EDITOR' });
    stockportEditor = await signedIn(harness, { council: 'SKP', role: 'EDITOR' });
    kentOfficer = await signedIn(harness, { council: 'KEN' });
    kentEditor = await signedIn(harness, { council: 'KEN', role: 'EDITOR' });
  });
  afterAll(async () => {
    await harness?.close();
    await mailbox?.stop();
  });

  async function start(extra: object = {}, as = derbyEditor): Promise<string> {
    const created = await as.graphql<{ startProcurementGroup: { id: string } }>(START, {
      input: groupInput(extra),
    });
    expect(created.errors).toBeUndefined();
    return created.data!.startProcurementGroup.id;
  }
  const read = async (id: string, as: TestSession) => {
    const response = await as.graphql<{ procurementGroup: Group }>(GET, { id });
    expect(response.errors).toBeUndefined();
    return response.data!.procurementGroup;
  };
  const row = async (id: string) => (await harness.dataSource.query(ROW, [id]))[0];
  /** Mails caught so far, as raw text (long quoted-printable lines joined). */
  const mails = () => mailbox.all().map((raw) => raw.replace(/=\r?\n/g, ''));
  async function mailTo(email: string, subject: RegExp): Promise<boolean> {
    for (let i = 0; i < 50; i++) {
      if (
        mails().some(
          (raw) => raw.toLowerCase().includes(`to: ${email.toLowerCase()}`) && subject.test(raw),
        )
      )
        return true;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return false;
  }

  it('starts a group led by the editor’s council, which joins it, with money stored exactly', async () => {
    const id = await start({ estimatedTotalValue: '12345678901.23' });
    const group = await read(id, derbyEditor);
    expect(group).toMatchObject({
      stage: 'FORMING',
      visibility: 'OPEN',
      estimatedTotalValue: { pence: '1234567890123' },
      category: {
        code: '72000000-5',
        label: 'IT services: consulting, software development, Internet and support',
      },
      members: [{ council: { code: 'DER' }, status: 'INTERESTED', isLead: true }],
      viewer: { status: 'INTERESTED', isMember: true, canManage: true, canWithdraw: false },
    });
    const [row] = await harness.dataSource.query(
      `SELECT total_value_pence::text AS pence FROM procurement_group WHERE id = $1`,
      [id],
    );
    expect(row.pence).toBe('1234567890123');
  });

  it('refuses bad input, naming each field, and stores nothing; officers cannot start groups', async () => {
    const [{ n: before }] = await harness.dataSource.query(
      `SELECT count(*)::int AS n FROM procurement_group`,
    );
    const cases: [object, string[]][] = [
      [{ title: '' }, ['title']],
      [{ cpvCode: '99999999-9' }, ['cpvCode']],
      [{ estimatedValuePerCouncil: '-1' }, ['estimatedValuePerCouncil']],
      [
        { desiredStart: '2020-01-01', interestClosesOn: '2019-12-01' },
        ['desiredStart', 'interestClosesOn'],
      ],
      [{ route: 'EXISTING_FRAMEWORK' }, ['frameworkName', 'frameworkLot']],
      [{ minimumCouncils: 1 }, ['minimumCouncils']],
      [{ visibility: 'SECRET' }, ['visibility']],
      [{ need: 'x'.repeat(5_001) }, ['need']],
    ];
    for (const [extra, fields] of cases) {
      const response = await derbyEditor.graphql(START, { input: groupInput(extra) });
      expect({ fields, code: codeOf(response), named: fieldsOf(response) }).toEqual({
        fields,
        code: 'BAD_USER_INPUT',
        named: fields,
      });
    }
    expect(codeOf(await derbyOfficer.graphql(START, { input: groupInput() }))).toBe('FORBIDDEN');
    expect(codeOf(await harness.graphql(START, { input: groupInput() }))).toBe('UNAUTHENTICATED');
    const [{ n: after }] = await harness.dataSource.query(
      `SELECT count(*)::int AS n FROM procurement_group`,
    );
    expect(after).toBe(before);
  });

  it('moves through allowed stages only, by the lead council’s editors and admins, recording who, when and why', async () => {
    const id = await start();
    await nottsEditor.graphql(INTEREST, { id });
    const move = (as: TestSession | TestApp, to: string, extra: object = {}) =>
      as.graphql<{ moveProcurementGroupStage: { stage: string; endReason: string | null } }>(MOVE, {
        input: { groupId: id, to, ...extra },
      });
    // Refused: visitors, officers of the lead, editors of a member council, editors elsewhere.
    expect(codeOf(await move(harness, 'SPECIFYING'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await move(derbyOfficer, 'SPECIFYING'))).toBe('FORBIDDEN');
    expect(codeOf(await move(nottsEditor, 'SPECIFYING'))).toBe('FORBIDDEN');
    expect(codeOf(await move(kentEditor, 'SPECIFYING'))).toBe('FORBIDDEN');
    // Refused: a skipped stage, and abandoning without a reason.
    expect(codeOf(await move(derbyEditor, 'TENDERING'))).toBe('BAD_TRANSITION');
    const noReason = await move(derbyEditor, 'ABANDONED');
    expect(fieldsOf(noReason)).toEqual(['reason']);
    // Every problem in one answer: a note too long and no reason.
    const twoProblems = await move(derbyEditor, 'ABANDONED', { note: 'x'.repeat(2_001) });
    expect(fieldsOf(twoProblems)).toEqual(['note', 'reason']);
    // Allowed: the lead's editor, then its admin.
    const specifying = await move(derbyEditor, 'SPECIFYING', {
      note: 'Requirements workshop booked',
    });
    expect(specifying.data?.moveProcurementGroupStage.stage).toBe('SPECIFYING');
    const derbyAdmin = await signedIn(harness, {
      council: 'DER',
      role: 'ADMIN',
      name: 'Ada Admin',
    });
    expect((await move(derbyAdmin, 'FORMING')).data?.moveProcurementGroupStage.stage).toBe(
      'FORMING',
    );
    const abandoned = await move(derbyAdmin, 'ABANDONED', {
      reason: 'A national framework now covers it',
    });
    expect(abandoned.data?.moveProcurementGroupStage).toEqual({
      stage: 'ABANDONED',
      endReason: 'A national framework now covers it',
    });
    expect(codeOf(await move(derbyAdmin, 'FORMING'))).toBe('BAD_TRANSITION');

    const group = await read(id, derbyOfficer);
    expect(group.stageHistory.map((c) => [c.fromStage, c.toStage, c.changedByName])).toEqual([
      ['FORMING', 'SPECIFYING', 'Dee Lead'],
      ['SPECIFYING', 'FORMING', 'Ada Admin'],
      ['FORMING', 'ABANDONED', 'Ada Admin'],
    ]);
    expect(group.stageHistory[0]).toMatchObject({
      note: 'Requirements workshop booked',
      changedByCouncil: { code: 'DER' },
    });
    expect(group.stageHistory[2]!['note']).toContain('A national framework now covers it');
    // Members hear of it by email; other councils do not.
    expect(await mailTo(nottsEditor.email, /now specifying/)).toBe(true);
    expect(await mailTo(derbyOfficer.email, /now specifying/)).toBe(true);
    expect(
      mails().some(
        (raw) => raw.toLowerCase().includes(kentOfficer.email) && /now specifying/.test(raw),
      ),
    ).toBe(false);
  });

  it('lets officers express interest, editors commit, and each withdraw, in an open group', async () => {
    const id = await start();
    expect(
      (await nottsOfficer.graphql<{ expressInterestInGroup: Group }>(INTEREST, { id })).data!
        .expressInterestInGroup.viewer,
    ).toEqual({ status: 'INTERESTED' });
    expect(await mailTo(derbyEditor.email, /Nottingham has joined/)).toBe(true);
    expect(codeOf(await nottsOfficer.graphql(COMMIT, { id, input: commitment() }))).toBe(
      'FORBIDDEN',
    );
    const bad = await nottsEditor.graphql(COMMIT, {
      id,
      input: commitment({ volume: 0, estimatedValue: 'lots', latestStart: `${YEAR}-01-01` }),
    });
    expect(fieldsOf(bad)).toEqual(['volume', 'estimatedValue', 'latestStart']);
    const committed = await nottsEditor.graphql<{ commitToGroup: Group }>(COMMIT, {
      id,
      input: commitment(),
    });
    expect(committed.data!.commitToGroup.viewer).toEqual({ status: 'COMMITTED' });
    // An officer may take back interest, but not a commitment.
    expect(codeOf(await nottsOfficer.graphql(WITHDRAW, { id }))).toBe('FORBIDDEN');
    expect(codeOf(await derbyEditor.graphql(WITHDRAW, { id }))).toBe('GROUP_NOT_OPEN');
    expect(codeOf(await kentOfficer.graphql(WITHDRAW, { id }))).toBe('NOT_A_MEMBER');
    expect(
      (await nottsEditor.graphql<{ withdrawFromGroup: Group }>(WITHDRAW, { id })).data!
        .withdrawFromGroup.viewer,
    ).toEqual({ status: 'WITHDRAWN' });
    // An editor may commit straight away to an open group.
    expect(
      (await stockportEditor.graphql<{ commitToGroup: Group }>(COMMIT, { id, input: commitment() }))
        .data!.commitToGroup.viewer,
    ).toEqual({ status: 'COMMITTED' });
    // No one joins once the group goes to tender.
    for (const to of ['SPECIFYING', 'MARKET_ENGAGEMENT', 'TENDERING'])
      await derbyEditor.graphql(MOVE, { input: { groupId: id, to } });
    expect(codeOf(await kentOfficer.graphql(INTEREST, { id }))).toBe('GROUP_NOT_OPEN');
  });

  it('takes requests to join an invite-only group, which the lead accepts or declines, and invitations', async () => {
    const id = await start({ visibility: 'INVITE_ONLY' });
    expect(
      (await kentOfficer.graphql<{ expressInterestInGroup: Group }>(INTEREST, { id })).data!
        .expressInterestInGroup.viewer,
    ).toEqual({ status: 'REQUESTED' });
    // The lead's editors hear of the request; its officers do not need to.
    expect(await mailTo(derbyEditor.email, /Kent asks to join/)).toBe(true);
    expect(
      mails().some((raw) => raw.includes(derbyOfficer.email) && /Kent asks to join/.test(raw)),
    ).toBe(false);
    expect(codeOf(await kentEditor.graphql(COMMIT, { id, input: commitment() }))).toBe(
      'NOT_A_MEMBER',
    );
    // Only the lead's editors answer.
    expect(codeOf(await derbyOfficer.graphql(ANSWER, { id, code: 'KEN', accept: true }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await nottsEditor.graphql(ANSWER, { id, code: 'KEN', accept: true }))).toBe(
      'FORBIDDEN',
    );
    expect(fieldsOf(await derbyEditor.graphql(ANSWER, { id, code: 'NOT', accept: true }))).toEqual([
      'councilCode',
    ]);
    expect(
      (await derbyEditor.graphql(ANSWER, { id, code: 'KEN', accept: true })).errors,
    ).toBeUndefined();
    expect((await read(id, kentOfficer)).viewer).toMatchObject({
      status: 'INTERESTED',
      isMember: true,
    });

    // Invitations: by the lead's editors only, to current councils; the invited council accepts by joining.
    expect(codeOf(await nottsEditor.graphql(INVITE, { id, code: 'SKP' }))).toBe('FORBIDDEN');
    expect(fieldsOf(await derbyEditor.graphql(INVITE, { id, code: 'ZZZ' }))).toEqual([
      'councilCode',
    ]);
    expect((await derbyEditor.graphql(INVITE, { id, code: 'skp' })).errors).toBeUndefined();
    expect(await mailTo(stockportEditor.email, /Derby invites your council/)).toBe(true);
    expect((await read(id, stockportEditor)).viewer).toMatchObject({
      status: 'INVITED',
      canExpressInterest: true,
      canCommit: true,
    });
    expect(
      (await stockportEditor.graphql<{ commitToGroup: Group }>(COMMIT, { id, input: commitment() }))
        .data!.commitToGroup.viewer,
    ).toEqual({ status: 'COMMITTED' });

    // A declined council cannot ask again.
    await nottsOfficer.graphql(INTEREST, { id });
    await derbyEditor.graphql(ANSWER, { id, code: 'NOT', accept: false });
    expect(codeOf(await nottsOfficer.graphql(INTEREST, { id }))).toBe('GROUP_NOT_OPEN');
    expect((await read(id, nottsOfficer)).viewer).toMatchObject({
      status: 'DECLINED',
      isMember: false,
    });
  });

  it('aggregates demand live: councils interested and committed, committed value, population and regions', async () => {
    const id = await start({ minimumCouncils: 3 });
    await derbyEditor.graphql(COMMIT, { id, input: commitment({ estimatedValue: '250000' }) });
    await nottsEditor.graphql(COMMIT, { id, input: commitment({ estimatedValue: '300000.50' }) });
    await stockportEditor.graphql(INTEREST, { id });
    await kentEditor.graphql(COMMIT, { id, input: commitment({ estimatedValue: '1m' }) });
    await kentEditor.graphql(WITHDRAW, { id });
    const { demand } = await read(id, derbyOfficer);
    expect(demand).toEqual({
      interestedCount: 1,
      committedCount: 2,
      memberCount: 3,
      committedValue: { pence: '55000050', formatted: '£550,000.50' },
      populationCovered:
        TEST_COUNCILS.DER.population + TEST_COUNCILS.NOT.population + TEST_COUNCILS.SKP.population,
      committedPopulation: TEST_COUNCILS.DER.population + TEST_COUNCILS.NOT.population,
      regions: ['East Midlands', 'North West'],
      minimumCouncils: 3,
      minimumMet: false,
    });
    await stockportEditor.graphql(COMMIT, { id, input: commitment({ estimatedValue: '1' }) });
    expect((await read(id, derbyOfficer)).demand).toMatchObject({
      committedCount: 3,
      committedValue: { pence: '55000150' },
      minimumMet: true,
    });
  });

  it('keeps the discussion, documents and commitments to member councils', async () => {
    const id = await start();
    await nottsEditor.graphql(COMMIT, { id, input: commitment() });
    const posted = await nottsOfficer.graphql<{ postGroupMessage: { body: string } }>(POST, {
      id,
      body: '  Our budget is confirmed <b>today</b>  ',
    });
    expect(posted.data?.postGroupMessage).toMatchObject({
      body: 'Our budget is confirmed <b>today</b>',
      council: { code: 'NOT' },
    });
    expect(fieldsOf(await nottsOfficer.graphql(POST, { id, body: '  ' }))).toEqual(['body']);

    const upload = (cookie: string | null, name: string, body: Buffer) => {
      const call = harness
        .http()
        .post(`/procurement-groups/${id}/documents`)
        .set('content-type', 'application/octet-stream')
        .set('x-filename', name);
      return (cookie ? call.set('cookie', cookie) : call).send(body);
    };
    const uploaded = await upload(derbyOfficer.cookie, 'Spec (draft).docx', PDF).expect(201);
    expect(uploaded.body).toMatchObject({
      filename: 'Spec-draft.pdf',
      contentType: 'application/pdf',
    });
    await upload(
      derbyOfficer.cookie,
      'x.pdf',
      Buffer.from('<html><script>alert(1)</script>'),
    ).expect(400);
    await upload(kentOfficer.cookie, 'x.pdf', PDF).expect(403);
    await upload(null, 'x.pdf', PDF).expect(401);

    const workspace = await nottsOfficer.graphql<{
      procurementGroupWorkspace: {
        messages: { authorName: string }[];
        documents: { url: string }[];
      };
    }>(WORKSPACE, { id });
    expect(workspace.data!.procurementGroupWorkspace.messages).toHaveLength(1);
    const url = workspace.data!.procurementGroupWorkspace.documents[0]!.url;
    await harness.http().get(url).set('cookie', nottsOfficer.cookie).expect(200);
    await harness.http().get(url).set('cookie', kentOfficer.cookie).expect(403);
    await harness.http().get(url).expect(401);

    // Other councils see the group and who is in it, but not the discussion, documents or figures,
    // nor who has committed (decision 0010).
    expect(codeOf(await kentOfficer.graphql(WORKSPACE, { id }))).toBe('FORBIDDEN');
    expect(codeOf(await kentOfficer.graphql(POST, { id, body: 'Hello' }))).toBe('FORBIDDEN');
    expect(codeOf(await harness.graphql(WORKSPACE, { id }))).toBe('UNAUTHENTICATED');
    const unverified = await signedIn(harness, { unverified: true });
    expect(codeOf(await unverified.graphql(WORKSPACE, { id }))).toBe('FORBIDDEN');
    const seenByKent = await read(id, kentOfficer);
    expect(seenByKent.members.map((m) => [m.council.code, m.status, m.estimatedValue])).toEqual([
      ['DER', 'MEMBER', null],
      ['NOT', 'MEMBER', null],
    ]);
    expect((await read(id, derbyOfficer)).members[1]!.estimatedValue).toEqual({
      pence: '25000000',
    });
    // A council that leaves loses access.
    await nottsEditor.graphql(WITHDRAW, { id });
    expect(codeOf(await nottsOfficer.graphql(WORKSPACE, { id }))).toBe('FORBIDDEN');
  });

  it('lets only the lead council’s editors and admins change a group’s details; members hear of it', async () => {
    const id = await start();
    await nottsEditor.graphql(INTEREST, { id });
    const update = (as: TestSession | TestApp, extra: object = {}) =>
      as.graphql<{
        updateProcurementGroup: { title: string; need: string; viewer: { canEdit: boolean } };
      }>(UPDATE, { id, input: groupInput(extra) });
    const before = await row(id);
    const unverified = await signedIn(harness, { unverified: true });
    const platformAdmin = await signedIn(harness, { platformRole: 'ADMIN' });
    const refusals = [
      [harness, 'UNAUTHENTICATED'],
      [unverified, 'FORBIDDEN'],
      [derbyOfficer, 'FORBIDDEN'],
      [nottsEditor, 'FORBIDDEN'], // a member council's editor
      [kentEditor, 'FORBIDDEN'], // another council's editor
      [platformAdmin, 'FORBIDDEN'],
    ] as const;
    for (const [as, code] of refusals)
      expect(codeOf(await update(as, { title: 'Taken over' }))).toBe(code);
    expect(await row(id)).toEqual(before);
    expect(
      (
        await harness.dataSource.query(
          `SELECT count(*)::int AS n FROM audit_event WHERE action = 'authorization:procurement-group.edit' AND outcome = 'denied'`,
        )
      )[0].n,
    ).toBeGreaterThanOrEqual(2); // the two editors the policy refused
    expect((await read(id, derbyOfficer)).viewer).toMatchObject({ canEdit: false });
    expect((await read(id, derbyEditor)).viewer).toMatchObject({ canEdit: true });
    expect(
      codeOf(await derbyEditor.graphql(UPDATE, { id: crypto.randomUUID(), input: groupInput() })),
    ).toBe('NOT_FOUND');

    // The lead's editor changes the wording; its admin the minimum and who can join.
    const updated = await update(derbyEditor, {
      title: '  AI assistant for residents ',
      need: 'A digital assistant that answers residents in twelve languages.',
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateProcurementGroup).toMatchObject({
      title: 'AI assistant for residents',
      need: 'A digital assistant that answers residents in twelve languages.',
      viewer: { canEdit: true },
    });
    const derbyAdmin = await signedIn(harness, { council: 'DER', role: 'ADMIN' });
    const byAdmin = await update(derbyAdmin, {
      title: 'AI assistant for residents',
      need: 'A digital assistant that answers residents in twelve languages.',
      minimumCouncils: 4,
      visibility: 'INVITE_ONLY',
    });
    expect(byAdmin.data?.updateProcurementGroup).toMatchObject({
      minimumCouncils: 4,
      visibility: 'INVITE_ONLY',
    });
    const audited = await harness.dataSource.query(
      `SELECT details FROM audit_event WHERE action = 'procurement-group.update' AND target_id = $1 ORDER BY id`,
      [id],
    );
    expect(audited.map((a: { details: unknown }) => a.details)).toEqual([
      { fields: ['title', 'need'] },
      { fields: ['minimumCouncils', 'visibility'] },
    ]);
    expect(await mailTo(nottsEditor.email, /details changed/)).toBe(true);
    expect(
      await mailTo(derbyOfficer.email, /changed the title and the need of the procurement group/),
    ).toBe(true);
    expect(
      mails().some(
        (raw) => raw.toLowerCase().includes(kentEditor.email) && /details changed/.test(raw),
      ),
    ).toBe(false);
  });

  it('checks a change as it checks a new group, naming each field, and a refused change changes nothing', async () => {
    const id = await start();
    const before = await row(id);
    const cases: [object, string[]][] = [
      [{ title: '' }, ['title']],
      [{ need: 'x'.repeat(5_001) }, ['need']],
      [{ cpvCode: '99999999-9' }, ['cpvCode']],
      [{ estimatedValuePerCouncil: '-1' }, ['estimatedValuePerCouncil']],
      [{ estimatedTotalValue: '1' }, ['estimatedTotalValue']],
      [
        { desiredStart: '2020-01-01', interestClosesOn: '2019-12-01' },
        ['desiredStart', 'interestClosesOn'],
      ],
      [{ route: 'EXISTING_FRAMEWORK' }, ['frameworkName', 'frameworkLot']],
      [{ route: 'HANDSHAKE' }, ['route']],
      [{ minimumCouncils: 1 }, ['minimumCouncils']],
      [{ visibility: 'SECRET' }, ['visibility']],
      // A valid title does not save with a bad field beside it.
      [{ title: 'Half a change', interestClosesOn: 'soon' }, ['interestClosesOn']],
    ];
    for (const [extra, fields] of cases) {
      const response = await derbyEditor.graphql(UPDATE, { id, input: groupInput(extra) });
      expect({ fields, code: codeOf(response), named: fieldsOf(response) }).toEqual({
        fields,
        code: 'BAD_USER_INPUT',
        named: fields,
      });
    }
    expect(await row(id)).toEqual(before);
    // Sending the details unchanged is accepted and writes nothing.
    expect((await derbyEditor.graphql(UPDATE, { id, input: groupInput() })).errors).toBeUndefined();
    expect(await row(id)).toEqual(before);
  });

  it('fixes what was tendered, keeping the wording open, and refuses any change once the group has ended', async () => {
    const id = await start();
    for (const to of ['SPECIFYING', 'MARKET_ENGAGEMENT', 'TENDERING'])
      expect(
        (await derbyEditor.graphql(MOVE, { input: { groupId: id, to } })).errors,
      ).toBeUndefined();
    const before = await row(id);
    const fixed = await derbyEditor.graphql(UPDATE, {
      id,
      input: groupInput({ title: 'Renamed', cpvCode: '48000000-8', minimumCouncils: 3 }),
    });
    expect(fieldsOf(fixed)).toEqual(['cpvCode', 'minimumCouncils']);
    expect(fixed.errors?.[0]?.message).toContain(
      'The category cannot change once the group has gone to tender',
    );
    expect(await row(id)).toEqual(before);
    const reworded = await derbyEditor.graphql<{ updateProcurementGroup: { title: string } }>(
      UPDATE,
      { id, input: groupInput({ title: 'AI assistant (tendered)' }) },
    );
    expect(reworded.data?.updateProcurementGroup.title).toBe('AI assistant (tendered)');

    await derbyEditor.graphql(MOVE, {
      input: { groupId: id, to: 'ABANDONED', reason: 'No bids came in' },
    });
    const ended = await row(id);
    const refused = await derbyEditor.graphql(UPDATE, {
      id,
      input: groupInput({ title: 'After the end' }),
    });
    expect(codeOf(refused)).toBe('GROUP_NOT_OPEN');
    expect(refused.errors?.[0]?.message).toBe(
      'This group is abandoned, so its details can no longer change.',
    );
    expect(await row(id)).toEqual(ended);
    expect((await read(id, derbyEditor)).viewer).toMatchObject({ canManage: true, canEdit: false });
  });

  it('updates the search document when a group’s details change', async () => {
    const id = await start({ title: 'Quokka parking sensors' });
    const found = async (query: string, councilCode: string) => {
      await harness.app.get(SearchIndexer).settle();
      return (
        await harness.app.get(SearchService).run({
          query,
          types: ['procurement_group'],
          limit: 10,
          offset: 0,
          scope: {
            officer: true,
            councilCode,
            groupIds: await harness.app.get(ReaderGroupsRegistry).groupIdsOf(councilCode),
          },
        })
      ).hits.map((hit) => [hit.id, hit.title]);
    };
    expect(await found('quokka', 'KEN')).toEqual([[id, 'Quokka parking sensors']]);
    await derbyEditor.graphql(UPDATE, {
      id,
      input: groupInput({ title: 'Wombat parking sensors', cpvCode: '34990000-3' }),
    });
    expect(await found('wombat', 'KEN')).toEqual([[id, 'Wombat parking sensors']]);
    expect(await found('quokka', 'KEN')).toEqual([]);
    // Made invite only, it leaves other councils' results and stays in its members'.
    await derbyEditor.graphql(UPDATE, {
      id,
      input: groupInput({
        title: 'Wombat parking sensors',
        cpvCode: '34990000-3',
        visibility: 'INVITE_ONLY',
      }),
    });
    expect(await found('wombat', 'KEN')).toEqual([]);
    expect(await found('wombat', 'DER')).toEqual([[id, 'Wombat parking sensors']]);
  });

  it('lets editors of the council that shared a document, or of the lead, remove it', async () => {
    const id = await start();
    await nottsEditor.graphql(INTEREST, { id });
    await stockportEditor.graphql(INTEREST, { id });
    const share = async (as: TestSession) =>
      (
        await harness
          .http()
          .post(`/procurement-groups/${id}/documents`)
          .set('content-type', 'application/octet-stream')
          .set('x-filename', 'spec.pdf')
          .set('cookie', as.cookie)
          .send(PDF)
          .expect(201)
      ).body.id as string;
    const fromNotts = await share(nottsOfficer);
    const fromStockport = await share(stockportEditor);
    const canRemove = async (as: TestSession) =>
      (
        await as.graphql<{
          procurementGroupWorkspace: { documents: { id: string; canRemove: boolean }[] };
        }>(DOCUMENTS, { id })
      ).data!.procurementGroupWorkspace.documents.map((d) => d.canRemove);
    expect(await canRemove(nottsOfficer)).toEqual([false, false]);
    expect(await canRemove(nottsEditor)).toEqual([true, false]);
    expect(await canRemove(derbyEditor)).toEqual([true, true]);
    expect(await canRemove(derbyOfficer)).toEqual([false, false]);

    const remove = (as: TestSession | TestApp, documentId: string) =>
      as.graphql<{ deleteGroupDocument: boolean }>(REMOVE_DOCUMENT, { id: documentId });
    expect(codeOf(await remove(harness, fromNotts))).toBe('UNAUTHENTICATED');
    expect(codeOf(await remove(nottsOfficer, fromNotts))).toBe('FORBIDDEN');
    expect(codeOf(await remove(stockportEditor, fromNotts))).toBe('FORBIDDEN');
    expect(codeOf(await remove(kentEditor, fromNotts))).toBe('FORBIDDEN');
    expect(await canRemove(derbyOfficer)).toHaveLength(2);
    expect((await remove(nottsEditor, fromNotts)).data?.deleteGroupDocument).toBe(true);
    expect((await remove(derbyEditor, fromStockport)).data?.deleteGroupDocument).toBe(true);
    expect(await canRemove(derbyOfficer)).toEqual([]);
    expect(codeOf(await remove(derbyEditor, fromStockport))).toBe('NOT_FOUND');
    expect(
      (
        await harness.dataSource.query(
          `SELECT count(*)::int AS n FROM audit_event WHERE action = 'procurement-group.document.remove' AND target_id = $1`,
          [id],
        )
      )[0].n,
    ).toBe(2);
  });

  it('exports an OCDS 1.1 release package, valid against the official schema, for members', async () => {
    const id = await start({
      route: 'EXISTING_FRAMEWORK',
      frameworkName: 'G-Cloud 14',
      frameworkLot: 'Lot 2',
    });
    await derbyEditor.graphql(COMMIT, { id, input: commitment({ estimatedValue: '250000' }) });
    await nottsEditor.graphql(COMMIT, { id, input: commitment({ estimatedValue: '300000.50' }) });
    await stockportEditor.graphql(INTEREST, { id });
    const response = await harness
      .http()
      .get(`/procurement-exports/${id}/ocds.json`)
      .set('cookie', nottsOfficer.cookie)
      .expect(200);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename=".*ocds\.json"$/,
    );
    const releasePackage = JSON.parse(response.text);
    expect(ocdsProblems(releasePackage)).toEqual([]);
    const release = releasePackage.releases[0];
    expect(release.parties.map((p: { id: string; roles: string[] }) => [p.id, p.roles])).toEqual([
      ['GB-LAE-DER', ['buyer', 'procuringEntity']],
      ['GB-LAE-NOT', ['buyer']],
    ]);
    expect(release.tender.procuringEntity.id).toBe('GB-LAE-DER');
    expect(release.planning.budget.amount).toEqual({ amount: 550000.5, currency: 'GBP' });
    expect(release.tender.lots.map((l: { id: string }) => l.id)).toEqual(['lot-DER', 'lot-NOT']);
    expect(release.tender.items[0].classification).toMatchObject({ scheme: 'CPV', id: '72000000' });
    expect(release.tender.contractPeriod.startDate).toBe(`${YEAR}-09-01T00:00:00Z`);
    await harness
      .http()
      .get(`/procurement-exports/${id}/ocds.json`)
      .set('cookie', kentOfficer.cookie)
      .expect(403);
  });

  it('lists open groups for every officer and invite-only ones for their councils, with filters', async () => {
    const open = await start({ title: 'Street lighting sensors', cpvCode: '31500000-1' });
    const closed = await start({
      title: 'Secret street lighting pilot',
      cpvCode: '31500000-1',
      visibility: 'INVITE_ONLY',
    });
    const ids = async (as: TestSession, filter: object) =>
      (
        await as.graphql<{ procurementGroups: { edges: { node: { id: string } }[] } }>(LIST, {
          filter,
        })
      ).data!.procurementGroups.edges.map((e) => e.node.id);
    expect(await ids(kentOfficer, { search: 'street lighting' })).toEqual([open]);
    expect(await ids(derbyOfficer, { search: 'street lighting' })).toEqual([closed, open]);
    expect(await ids(derbyOfficer, { search: 'street lighting', cpvCode: '72000000-5' })).toEqual(
      [],
    );
    // Same CPV division (31), and only groups Derby is in.
    expect(await ids(derbyOfficer, { cpvCode: '31000000-6', mine: true })).toEqual([closed, open]);
    expect(await ids(nottsOfficer, { cpvCode: '31500000-1', mine: true })).toEqual([]);
    expect(await ids(derbyOfficer, { search: 'street lighting', stages: ['FORMING'] })).toEqual([
      closed,
      open,
    ]);
    expect(await ids(derbyOfficer, { search: 'street lighting', stages: ['SPECIFYING'] })).toEqual(
      [],
    );
    expect(codeOf(await harness.graphql(LIST, {}))).toBe('UNAUTHENTICATED');
  });

  it('indexes open groups for officers and invite-only groups for their members only', async () => {
    const open = await start({ title: 'Zebra fleet telematics' });
    const invite = await start({ title: 'Zebra fleet charging', visibility: 'INVITE_ONLY' });
    await harness.app.get(SearchIndexer).settle();
    const registry = harness.app.get(ReaderGroupsRegistry);
    const found = async (councilCode?: string) =>
      (
        await harness.app.get(SearchService).run({
          query: 'zebra fleet',
          types: ['procurement_group'],
          limit: 10,
          offset: 0,
          scope: {
            officer: Boolean(councilCode),
            councilCode,
            groupIds: await registry.groupIdsOf(councilCode),
          },
        })
      ).hits
        .map((hit) => hit.id)
        .sort();
    expect(await found('DER')).toEqual([open, invite].sort());
    expect(await found('KEN')).toEqual([open]);
    expect(await found()).toEqual([]);
    // Joining brings the invite-only group into the member's results, with the new count.
    await kentOfficer.graphql(INTEREST, { id: invite });
    await derbyEditor.graphql(ANSWER, { id: invite, code: 'KEN', accept: true });
    await harness.app.get(SearchIndexer).settle();
    expect(await found('KEN')).toEqual([open, invite].sort());
    const [hit] = (
      await harness.app.get(SearchService).run({
        query: 'zebra fleet charging',
        types: ['procurement_group'],
        limit: 1,
        offset: 0,
        scope: { officer: true, councilCode: 'KEN', groupIds: [invite] },
      })
    ).hits;
    expect(hit).toMatchObject({ id: invite });
  });
});
