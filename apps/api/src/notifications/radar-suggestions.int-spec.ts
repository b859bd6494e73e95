import { RadarSuggestionService } from '@lgx/api/feature-procurement';
import { signedIn, type TestSession } from '@lgx/api/testing';

import { bootContractNotificationsApp, councilContract } from './contract-notifications-test-app';

const addMonths = (months: number) => {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
};

/** Issue 17: a council hears when its renewal radar gains a group it could join, once. */
describe('renewal radar suggestions', () => {
  let app: Awaited<ReturnType<typeof bootContractNotificationsApp>>;
  let derby: TestSession;
  let derbyColleague: TestSession;
  let kent: TestSession;
  let nottingham: TestSession;
  let groupId: string;

  beforeAll(async () => {
    app = await bootContractNotificationsApp();
    derby = await signedIn(app.harness, { council: 'DER' });
    derbyColleague = await signedIn(app.harness, { council: 'DER' });
    kent = await signedIn(app.harness, { council: 'KEN' });
    nottingham = await signedIn(app.harness, { council: 'NOT' });
    const refuse = { cpv: '90511000-2', suppliers: [{ name: 'Bins plc' }] };
    await app.importReleases([
      // In the window (6 to 36 months from today) and the group's division: a suggestion.
      councilContract('ocds-rs-der', {
        ...refuse,
        council: 'DER',
        title: 'Refuse collection',
        endDate: `${addMonths(18)}T00:00:00Z`,
      }),
      // The same division, ending too soon for the radar.
      councilContract('ocds-rs-ken', {
        ...refuse,
        council: 'KEN',
        title: 'Refuse collection',
        endDate: `${addMonths(2)}T00:00:00Z`,
      }),
      // The lead council's own contract: it is in the group already.
      councilContract('ocds-rs-not', {
        ...refuse,
        council: 'NOT',
        title: 'Refuse collection',
        endDate: `${addMonths(12)}T00:00:00Z`,
      }),
      // In the window, another division.
      councilContract('ocds-rs-ken-it', {
        council: 'KEN',
        title: 'Website hosting',
        cpv: '72415000-2',
        endDate: `${addMonths(12)}T00:00:00Z`,
      }),
    ]);
    [{ id: groupId }] = await app.harness.dataSource.query(
      `INSERT INTO procurement_group (title, need, cpv_code, lead_council_code, desired_start, route,
         minimum_councils, visibility, interest_closes_on, stage)
       VALUES ('Shared waste collection', 'One refuse contract for the East Midlands', '90500000-2',
         'NOT', $1, 'OPEN_PROCEDURE', 2, 'OPEN', $2, 'FORMING') RETURNING id`,
      [addMonths(20), addMonths(3)],
    );
    await app.harness.dataSource.query(
      `INSERT INTO procurement_group_member (group_id, council_code, status) VALUES ($1, 'NOT', 'COMMITTED')`,
      [groupId],
    );
    await app.deliver(); // the contracts' own events, before the radar's
  });
  afterAll(() => app?.close());

  const heard = async (who: TestSession) =>
    (await app.harness.dataSource.query(
      `SELECT event, kind, subject_type AS "subjectType", subject_id AS "subjectId", title, url
         FROM notification WHERE account_id = $1 AND event = 'radar.suggestion'`,
      [who.accountId],
    )) as Record<string, string>[];

  it('tells the officers of a council whose contract the group matches, and no other council', async () => {
    const suggested = await app.harness.app.get(RadarSuggestionService).suggestNew();
    expect(suggested).toEqual([{ councilCode: 'DER', groupId, ocid: 'ocds-rs-der' }]);
    expect(await app.deliver()).toEqual([
      { type: 'radar.suggestion', councilCode: 'DER', groupId, ocid: 'ocds-rs-der' },
    ]);
    const told = {
      event: 'radar.suggestion',
      kind: 'ADDRESSED',
      subjectType: 'procurement_group',
      subjectId: groupId,
      title: 'Shared waste collection: a group your council could join',
      url: `/procurement-groups/${groupId}`,
    };
    expect(await heard(derby)).toEqual([told]);
    expect(await heard(derbyColleague)).toEqual([told]);
    expect(await heard(kent)).toEqual([]);
    expect(await heard(nottingham)).toEqual([]);
  });

  it('tells a council of a group once, however often the radar looks', async () => {
    expect(await app.harness.app.get(RadarSuggestionService).suggestNew()).toEqual([]);
    expect(await app.deliver()).toEqual([]);
    expect(await heard(derby)).toHaveLength(1);
  });

  it('tells no one of a group the council has joined since, or that stopped taking members', async () => {
    const [{ id: closed }] = await app.harness.dataSource.query(
      `INSERT INTO procurement_group (title, need, cpv_code, lead_council_code, desired_start, route,
         minimum_councils, visibility, interest_closes_on, stage)
       VALUES ('Tendering already', 'Too late to join', '90500000-2', 'NOT', $1, 'OPEN_PROCEDURE', 2,
         'OPEN', $2, 'TENDERING') RETURNING id`,
      [addMonths(20), addMonths(3)],
    );
    const [{ id: joined }] = await app.harness.dataSource.query(
      `INSERT INTO procurement_group (title, need, cpv_code, lead_council_code, desired_start, route,
         minimum_councils, visibility, interest_closes_on, stage)
       VALUES ('Joined already', 'Derby is in', '90500000-2', 'NOT', $1, 'OPEN_PROCEDURE', 2,
         'OPEN', $2, 'FORMING') RETURNING id`,
      [addMonths(20), addMonths(3)],
    );
    await app.harness.dataSource.query(
      `INSERT INTO procurement_group_member (group_id, council_code, status) VALUES ($1, 'DER', 'INTERESTED')`,
      [joined],
    );
    expect(await app.harness.app.get(RadarSuggestionService).suggestNew()).toEqual([]);
    expect(closed).toBeDefined();
  });
});
