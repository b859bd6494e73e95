import { signedIn, type TestApp } from '@lgx/api/testing';

import { bootNotificationsApp, recorded } from './notifications-test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** Issue 17: features record events where content is published and where groups change. */
describe('events recorded by the features', () => {
  let harness: TestApp;
  beforeAll(async () => {
    harness = await bootNotificationsApp();
  });
  afterAll(() => harness?.close());

  const since = (count: number) => recorded.events.slice(count);

  it('records a component published (new), then changed once published (updated)', async () => {
    const editor = await signedIn(harness, { council: 'DER', role: 'EDITOR' });
    const [{ id }] = await harness.dataSource.query(
      `INSERT INTO component (name, kind, summary, licence, maturity, maintaining_council_codes, status)
       VALUES ('Bin day finder', 'SERVICE_PATTERN', 'Find your bin day', 'MIT', 'LIVE', '{DER}', 'DRAFT') RETURNING id`,
    );
    const before = recorded.events.length;
    const published = await editor.graphql(
      `mutation($id: ID!) { publishComponent(id: $id) { id } }`,
      {
        id,
      },
    );
    expect(published.errors).toBeUndefined();
    expect(since(before)).toEqual([
      { type: 'content.published', contentType: 'component', id, change: 'new' },
    ]);
    const unpublished = await editor.graphql(
      `mutation($id: ID!) { unpublishComponent(id: $id) { id } }`,
      { id },
    );
    expect(unpublished.errors).toBeUndefined();
    await editor.graphql(`mutation($id: ID!) { publishComponent(id: $id) { id } }`, { id });
    expect(since(before)).toEqual([
      { type: 'content.published', contentType: 'component', id, change: 'new' },
      { type: 'content.published', contentType: 'component', id, change: 'updated' },
    ]);
  });

  it('records a supplier experience published by a moderator', async () => {
    const moderator = await signedIn(harness, { platformRole: 'MODERATOR' });
    const [{ id: supplier }] = await harness.dataSource.query(
      `INSERT INTO supplier (name) VALUES ('Chatty Ltd') RETURNING id`,
    );
    const [{ id }] = await harness.dataSource.query(
      `INSERT INTO supplier_experience (council_code, supplier_id, product, cpv_code, contract_start, contract_end,
         value_band, route_to_market, rating_delivery, rating_value_for_money, rating_support,
         rating_interoperability, rating_exit_and_data_portability, would_buy_again, is_current,
         attribution, status)
       VALUES ('NOT', $1, 'Chatbot', '48000000-8', '2021-04-01', '2026-03-31', 'FROM_100K_TO_500K',
         'OPEN_PROCEDURE', 4, 4, 4, 4, 4, true, true, 'NAMED', 'SUBMITTED') RETURNING id`,
      [supplier],
    );
    const before = recorded.events.length;
    const published = await moderator.graphql(
      `mutation($id: ID!) { publishSupplierExperience(id: $id) { id } }`,
      { id },
    );
    expect(published.errors).toBeUndefined();
    expect(since(before)).toEqual([
      { type: 'content.published', contentType: 'supplier_experience', id, change: 'new' },
    ]);
  });

  it('records a group’s stage change, a council joining and a document shared', async () => {
    const lead = await signedIn(harness, { council: 'DER', role: 'EDITOR' });
    const joiner = await signedIn(harness, { council: 'NOT' });
    const year = new Date().getUTCFullYear() + 1;
    const started = await lead.graphql<{ startProcurementGroup: { id: string } }>(
      `mutation($input: ProcurementGroupInput!) { startProcurementGroup(input: $input) { id } }`,
      {
        input: {
          title: 'AI digital assistant',
          need: 'A digital assistant that answers residents’ questions about bins, council tax and parking.',
          cpvCode: '72000000-5',
          estimatedValuePerCouncil: '250k',
          estimatedTotalValue: '£1,000,000',
          desiredStart: `${year}-09-01`,
          route: 'OPEN_PROCEDURE',
          minimumCouncils: 2,
          visibility: 'OPEN',
          interestClosesOn: `${year}-06-30`,
        },
      },
    );
    expect(started.errors).toBeUndefined();
    const group = started.data!.startProcurementGroup.id;
    const before = recorded.events.length;
    const moved = await lead.graphql(
      `mutation($input: MoveGroupStageInput!) { moveProcurementGroupStage(input: $input) { id } }`,
      { input: { groupId: group, to: 'SPECIFYING', note: 'Writing it up' } },
    );
    expect(moved.errors).toBeUndefined();
    const joined = await joiner.graphql(
      `mutation($id: ID!) { expressInterestInGroup(id: $id) { id } }`,
      {
        id: group,
      },
    );
    expect(joined.errors).toBeUndefined();
    // Interest again is no second join.
    await joiner.graphql(`mutation($id: ID!) { expressInterestInGroup(id: $id) { id } }`, {
      id: group,
    });
    const uploaded = await harness
      .http()
      .post(`/procurement-groups/${group}/documents`)
      .set('content-type', 'application/octet-stream')
      .set('x-filename', 'spec.pdf')
      .set('cookie', joiner.cookie)
      .send(PDF)
      .expect(201);
    expect(since(before)).toEqual([
      { type: 'group.changed', groupId: group, change: 'stage', subjectId: 'SPECIFYING' },
      { type: 'group.changed', groupId: group, change: 'joined', subjectId: 'NOT' },
      { type: 'group.changed', groupId: group, change: 'document', subjectId: uploaded.body.id },
    ]);
  });
});
