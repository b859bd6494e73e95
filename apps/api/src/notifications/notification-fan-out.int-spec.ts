import { NotificationFanOut, NotYetIndexedError } from '@lgx/api/feature-notifications';
import { signedIn, type TestApp, type TestSession } from '@lgx/api/testing';

import {
  bootNotificationsApp,
  indexed,
  insertCaseStudy,
  insertExperience,
  insertGroup,
  knownQuestions,
} from './notifications-test-app';

const FOLLOW = `mutation($input: FollowInput!) { follow(input: $input) { id } }`;
const SAVE = `mutation($search: SavedSearchInput!) { saveSearch(search: $search) { id } }`;

/** Issue 17: who hears of an event, each with their own permissions when it is delivered. */
describe('notification fan-out', () => {
  let harness: TestApp;
  let fanOut: NotificationFanOut;
  /** A signed-in account of no council: a visitor-level follower. */
  let visitorLevel: TestSession;
  let nottingham: TestSession;
  let derby: TestSession;
  let kent: TestSession;

  beforeAll(async () => {
    harness = await bootNotificationsApp();
    fanOut = harness.app.get(NotificationFanOut);
    visitorLevel = await signedIn(harness);
    nottingham = await signedIn(harness, { council: 'NOT' });
    derby = await signedIn(harness, { council: 'DER' });
    kent = await signedIn(harness, { council: 'KEN' });
  });
  afterAll(() => harness?.close());

  const follow = async (who: TestSession, kind: string, targetId: string) => {
    const result = await who.graphql(FOLLOW, { input: { kind, targetId } });
    expect(result.errors).toBeUndefined();
  };
  const heard = async (who: TestSession, subjectId: string) =>
    (await harness.dataSource.query(
      `SELECT kind, reason, title, url FROM notification WHERE account_id = $1 AND subject_id = $2`,
      [who.accountId, subjectId],
    )) as { kind: string; reason: string; title: string; url: string }[];

  it('tells followers of the council and topic of a published case study, once however often it is delivered', async () => {
    await follow(nottingham, 'COUNCIL', 'DER');
    await follow(visitorLevel, 'TOPIC', 'SERVICE_AREA:HOUSING');
    const id = await insertCaseStudy(harness, {
      title: 'Housing repairs triage',
      council: 'DER',
      serviceAreas: ['HOUSING'],
    });
    await indexed(harness);
    const event = {
      type: 'content.published',
      contentType: 'case_study',
      id,
      change: 'new',
    } as const;
    expect(await fanOut.handle(event)).toBeGreaterThanOrEqual(2);
    expect(await heard(nottingham, id)).toEqual([
      {
        kind: 'FOLLOWED',
        reason: 'You follow Derby City Council',
        title: 'Housing repairs triage',
        url: `/case-studies/${id}`,
      },
    ]);
    expect(await heard(visitorLevel, id)).toHaveLength(1);
    expect(await fanOut.handle(event)).toBe(0);
    expect(await heard(nottingham, id)).toHaveLength(1);
  });

  it('tells only the council’s own officers of a draft, never another council or a visitor-level follower', async () => {
    await follow(derby, 'COUNCIL', 'DER');
    await follow(visitorLevel, 'COUNCIL', 'DER');
    const id = await insertCaseStudy(harness, {
      title: 'Unfinished',
      council: 'DER',
      status: 'DRAFT',
    });
    await indexed(harness);
    await fanOut.handle({
      type: 'content.published',
      contentType: 'case_study',
      id,
      change: 'new',
    });
    expect(await heard(derby, id)).toHaveLength(1);
    expect(await heard(nottingham, id)).toEqual([]);
    expect(await heard(visitorLevel, id)).toEqual([]);
  });

  it('never tells a visitor-level follower of a supplier experience; tells a verified officer', async () => {
    const [{ id: supplier }] = await harness.dataSource.query(
      `INSERT INTO supplier (name) VALUES ('Chatty Ltd') RETURNING id`,
    );
    await follow(kent, 'SUPPLIER', supplier);
    // A visitor-level account cannot follow a supplier (the directory is for officers) ...
    const refused = await visitorLevel.graphql(FOLLOW, {
      input: { kind: 'SUPPLIER', targetId: supplier },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // ... and following its council does not bring the experience either.
    await follow(visitorLevel, 'COUNCIL', 'NOT');
    const id = await insertExperience(harness, supplier, 'NOT');
    await indexed(harness);
    await fanOut.handle({
      type: 'content.published',
      contentType: 'supplier_experience',
      id,
      change: 'new',
    });
    expect(await heard(kent, id)).toEqual([
      expect.objectContaining({ kind: 'FOLLOWED', reason: 'You follow Chatty Ltd' }),
    ]);
    expect(await heard(visitorLevel, id)).toEqual([]);
  });

  it('matches saved searches by running them, as their owner, against the new record', async () => {
    const chatbot = await signedIn(harness, { council: 'SKP' });
    const housingChatbot = await signedIn(harness);
    const waste = await signedIn(harness);
    const components = await signedIn(harness);
    for (const [who, search] of [
      [chatbot, { query: 'chatbot' }],
      [
        housingChatbot,
        {
          query: 'chatbot',
          facets: [{ attribute: 'serviceAreas', values: ['Housing and homelessness'] }],
        },
      ],
      [
        waste,
        {
          query: 'chatbot',
          facets: [{ attribute: 'serviceAreas', values: ['Waste and recycling'] }],
        },
      ],
      [components, { query: 'chatbot', types: ['COMPONENT'] }],
    ] as const) {
      const saved = await who.graphql(SAVE, { search });
      expect(saved.errors).toBeUndefined();
    }
    const id = await insertCaseStudy(harness, {
      title: 'A chatbot for housing questions',
      council: 'KEN',
      serviceAreas: ['HOUSING'],
    });
    await indexed(harness);
    await fanOut.handle({
      type: 'content.published',
      contentType: 'case_study',
      id,
      change: 'new',
    });
    expect(await heard(chatbot, id)).toEqual([
      expect.objectContaining({ reason: 'Your saved search “chatbot”' }),
    ]);
    expect(await heard(housingChatbot, id)).toHaveLength(1);
    expect(await heard(waste, id)).toEqual([]);
    expect(await heard(components, id)).toEqual([]);
    // A typo-tolerant match, as search matches, and a record without the words is not.
    const typo = await insertCaseStudy(harness, { title: 'Our chatbott pilot', council: 'KEN' });
    const other = await insertCaseStudy(harness, { title: 'Street lighting', council: 'KEN' });
    await indexed(harness);
    for (const record of [typo, other])
      await fanOut.handle({
        type: 'content.published',
        contentType: 'case_study',
        id: record,
        change: 'new',
      });
    expect(await heard(chatbot, typo)).toHaveLength(1);
    expect(await heard(chatbot, other)).toEqual([]);
  });

  it('tells a group’s members and its followers who may see it, and no one else', async () => {
    const privateGroup = await insertGroup(harness, 'DER', 'INVITE_ONLY', ['DER', 'SKP']);
    const openGroup = await insertGroup(harness, 'DER', 'OPEN', ['DER']);
    const member = await signedIn(harness, { council: 'SKP' });
    const outsider = await signedIn(harness, { council: 'KEN' });
    const visitorFollower = await signedIn(harness);
    await indexed(harness);
    // A non-member cannot follow a private group; anyone may try an open one.
    const refused = await outsider.graphql(FOLLOW, {
      input: { kind: 'PROCUREMENT_GROUP', targetId: privateGroup },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await follow(outsider, 'PROCUREMENT_GROUP', openGroup);
    // Followed while an officer, then the follower's council membership ends.
    const leaver = await signedIn(harness, { council: 'KEN' });
    await follow(leaver, 'PROCUREMENT_GROUP', openGroup);
    await harness.dataSource.query(
      `UPDATE council_membership SET status = 'removed' WHERE account_id = $1`,
      [leaver.accountId],
    );
    expect(
      (
        await visitorFollower.graphql(FOLLOW, {
          input: { kind: 'PROCUREMENT_GROUP', targetId: openGroup },
        })
      ).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');

    await fanOut.handle({
      type: 'group.changed',
      groupId: privateGroup,
      change: 'stage',
      subjectId: 'SPECIFYING',
    });
    expect(await heard(member, privateGroup)).toEqual([
      expect.objectContaining({
        kind: 'ADDRESSED',
        title: 'Shared chatbot: moved to the specifying stage',
      }),
    ]);
    expect(await heard(outsider, privateGroup)).toEqual([]);

    await fanOut.handle({
      type: 'group.changed',
      groupId: openGroup,
      change: 'joined',
      subjectId: 'NOT',
    });
    expect(await heard(outsider, openGroup)).toEqual([
      expect.objectContaining({
        kind: 'FOLLOWED',
        title: 'Shared chatbot: Nottingham City Council joined',
      }),
    ]);
    expect(await heard(leaver, openGroup)).toEqual([]);
    expect(await heard(member, openGroup)).toEqual([]);
  });

  it('tells the council of a question and the asker of its answer, officers-only ones to officers only', async () => {
    const asker = await signedIn(harness, { council: 'NOT' });
    const derbyOfficer = await signedIn(harness, { council: 'DER' });
    knownQuestions.questions.set('q-1', {
      questionId: 'q-1',
      askerAccountId: asker.accountId,
      councilCodes: ['DER'],
      officersOnly: true,
      subjectTitle: 'Housing repairs triage',
      url: '/case-studies/x#q-1',
    });
    await fanOut.handle({ type: 'question.asked', questionId: 'q-1' });
    expect(await heard(derbyOfficer, 'q-1')).toEqual([
      expect.objectContaining({ kind: 'ADDRESSED', reason: 'Asked of your council' }),
    ]);
    expect(await heard(asker, 'q-1')).toEqual([]);
    // The asker leaves their council before the answer: an officers-only answer no longer reaches them.
    await harness.dataSource.query(
      `UPDATE council_membership SET status = 'removed' WHERE account_id = $1`,
      [asker.accountId],
    );
    await fanOut.handle({ type: 'question.answered', questionId: 'q-1', answerId: 'a-1' });
    expect(await heard(asker, 'q-1')).toEqual([]);
    await harness.dataSource.query(
      `UPDATE council_membership SET status = 'active' WHERE account_id = $1`,
      [asker.accountId],
    );
    await fanOut.handle({ type: 'question.answered', questionId: 'q-1', answerId: 'a-2' });
    expect(await heard(asker, 'q-1')).toEqual([
      expect.objectContaining({ title: 'Your question about Housing repairs triage was answered' }),
    ]);
  });

  it('asks for a retry while the record waits to be indexed, and then delivers', async () => {
    await follow(kent, 'COUNCIL', 'SKP');
    const id = await insertCaseStudy(harness, { title: 'Not indexed yet', council: 'SKP' });
    const event = {
      type: 'content.published',
      contentType: 'case_study',
      id,
      change: 'new',
    } as const;
    await expect(fanOut.handle(event)).rejects.toBeInstanceOf(NotYetIndexedError);
    expect(await heard(kent, id)).toEqual([]);
    await indexed(harness);
    await fanOut.handle(event);
    expect(await heard(kent, id)).toHaveLength(1);
  });
});
