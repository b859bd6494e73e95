import { NotificationFanOut } from '@lgx/api/feature-notifications';
import { signedIn, type TestSession } from '@lgx/api/testing';

import { bootContractNotificationsApp, councilContract } from './contract-notifications-test-app';

const FOLLOW = `mutation($input: FollowInput!) { follow(input: $input) { id } }`;
const SAVE = `mutation($search: SavedSearchInput!) { saveSearch(search: $search) { id } }`;

/** Issue 17: a new or updated public contract reaches who follows its council, supplier or words. */
describe('public contracts in notifications', () => {
  let app: Awaited<ReturnType<typeof bootContractNotificationsApp>>;
  let nottingham: TestSession;
  let visitorLevel: TestSession;
  let kent: TestSession;

  beforeAll(async () => {
    app = await bootContractNotificationsApp();
    nottingham = await signedIn(app.harness, { council: 'NOT' });
    visitorLevel = await signedIn(app.harness);
    kent = await signedIn(app.harness, { council: 'KEN' });
    const follow = await nottingham.graphql(FOLLOW, {
      input: { kind: 'COUNCIL', targetId: 'DER' },
    });
    expect(follow.errors).toBeUndefined();
    const saved = await visitorLevel.graphql(SAVE, { search: { query: 'waste collection' } });
    expect(saved.errors).toBeUndefined();
  });
  afterAll(() => app?.close());

  const heard = async (who: TestSession) =>
    (await app.harness.dataSource.query(
      `SELECT subject_type AS "subjectType", subject_id AS "subjectId", title, reason, url
         FROM notification WHERE account_id = $1 ORDER BY created_at, id`,
      [who.accountId],
    )) as { subjectType: string; subjectId: string; title: string; reason: string; url: string }[];

  const waste = councilContract('ocds-ev-waste', {
    council: 'DER',
    title: 'Household waste collection services',
  });
  const lighting = councilContract('ocds-ev-light', {
    council: 'KEN',
    title: 'Street lighting maintenance',
  });

  it('tells a follower of Derby and a saved search of a matching contract once, and no one of the rest', async () => {
    const report = await app.importReleases([waste, lighting]);
    expect(report.processesCreated).toBe(2);
    // One event per contract of the batch, carrying ids only.
    expect(await app.deliver()).toEqual([
      {
        type: 'content.published',
        contentType: 'contract',
        id: 'ocds-ev-waste',
        change: 'new',
        version: '1',
      },
      {
        type: 'content.published',
        contentType: 'contract',
        id: 'ocds-ev-light',
        change: 'new',
        version: '1',
      },
    ]);
    expect(await heard(nottingham)).toEqual([
      {
        subjectType: 'contract',
        subjectId: 'ocds-ev-waste',
        title: 'Household waste collection services',
        reason: 'You follow Derby City Council',
        url: '/contracts/ocds-ev-waste',
      },
    ]);
    expect(await heard(visitorLevel)).toEqual([
      expect.objectContaining({
        subjectId: 'ocds-ev-waste',
        reason: 'Your saved search “waste collection”',
      }),
    ]);
    expect(await heard(kent)).toEqual([]);
  });

  it('is silent when the same contracts are imported again, or the same version told again', async () => {
    const before = { nottingham: await heard(nottingham), visitor: await heard(visitorLevel) };
    const report = await app.importReleases([waste, lighting]);
    expect(report.releasesSeen).toBe(2);
    expect(await app.waiting()).toEqual([]);
    // The same contract in the same state, recorded again by another job, tells no one twice.
    const again = await app.harness.app.get(NotificationFanOut).handle(
      {
        type: 'content.published',
        contentType: 'contract',
        id: 'ocds-ev-waste',
        change: 'new',
        version: '1',
      },
      'another-job',
    );
    expect(again).toBe(0);
    expect({ nottingham: await heard(nottingham), visitor: await heard(visitorLevel) }).toEqual(
      before,
    );
  });

  it('tells of an update once per batch, however many releases it held', async () => {
    await app.importReleases([
      { ...waste, id: 'ocds-ev-waste-2', date: '2026-02-01T00:00:00Z' },
      { ...waste, id: 'ocds-ev-waste-3', date: '2026-03-01T00:00:00Z' },
    ]);
    expect(await app.deliver()).toEqual([
      expect.objectContaining({ id: 'ocds-ev-waste', change: 'updated', version: '3' }),
    ]);
    expect((await heard(nottingham)).map((row) => row.title)).toEqual([
      'Household waste collection services',
      'Updated: Household waste collection services',
    ]);
  });

  it('tells a follower of a supplier of a contract awarded to it', async () => {
    const [{ id: supplierId }] = await app.harness.dataSource.query(
      `INSERT INTO supplier (name, company_number, verified) VALUES ('Green Bins Ltd', '01234567', true) RETURNING id`,
    );
    const follow = await kent.graphql(FOLLOW, {
      input: { kind: 'SUPPLIER', targetId: supplierId },
    });
    expect(follow.errors).toBeUndefined();
    await app.importReleases([
      councilContract('ocds-ev-bins', {
        council: 'NOT',
        title: 'Wheeled bins',
        suppliers: [{ name: 'Green Bins Limited', companiesHouseNumber: '01234567' }],
      }),
    ]);
    await app.deliver();
    expect(await heard(kent)).toEqual([
      expect.objectContaining({ subjectId: 'ocds-ev-bins', reason: 'You follow Green Bins Ltd' }),
    ]);
  });
});
