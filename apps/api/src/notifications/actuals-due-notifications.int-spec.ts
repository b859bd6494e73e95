import { NotificationFanOut } from '@lgx/api/feature-notifications';
import { signedIn, type TestApp, type TestSession } from '@lgx/api/testing';

import { bootNotificationsApp, indexed, insertCaseStudy } from './notifications-test-app';

/** Issue 18 item 5: a case study's check-in is due; its councils' editors and admins are asked. */
describe('actuals due: an addressed notification', () => {
  let harness: TestApp;
  let people: Record<'derbyOfficer' | 'derbyEditor' | 'derbyAdmin' | 'kentAdmin', TestSession>;

  beforeAll(async () => {
    harness = await bootNotificationsApp();
    people = {
      derbyOfficer: await signedIn(harness, { council: 'DER' }),
      derbyEditor: await signedIn(harness, { council: 'DER', role: 'EDITOR' }),
      derbyAdmin: await signedIn(harness, { council: 'DER', role: 'ADMIN' }),
      kentAdmin: await signedIn(harness, { council: 'KEN', role: 'ADMIN' }),
    };
  });
  afterAll(() => harness?.close());

  const heard = async (who: TestSession, subjectId: string) =>
    (await harness.dataSource.query(
      `SELECT kind, reason, title, url FROM notification WHERE account_id = $1 AND subject_id = $2`,
      [who.accountId, subjectId],
    )) as { kind: string; reason: string; title: string; url: string }[];

  it('asks the editors and admins of its council, once per check-in, and no one else', async () => {
    const id = await insertCaseStudy(harness, { title: 'Chatbot', council: 'DER' });
    await indexed(harness);
    const fanOut = harness.app.get(NotificationFanOut);
    const event = { type: 'case-study.actuals-due', caseStudyId: id, checkInMonths: 6 } as const;
    expect(await fanOut.handle(event, 'job-1')).toBe(2);
    // Recorded again by another job: nobody hears twice.
    expect(await fanOut.handle(event, 'job-2')).toBe(0);
    for (const who of [people.derbyEditor, people.derbyAdmin])
      expect(await heard(who, id)).toEqual([
        {
          kind: 'ADDRESSED',
          reason: 'Your council’s case study has been live 6 months',
          title: 'Chatbot: 6 months live, how did it go? Record the actuals',
          url: `/case-studies/${id}#actuals`,
        },
      ]);
    expect(await heard(people.derbyOfficer, id)).toEqual([]);
    expect(await heard(people.kentAdmin, id)).toEqual([]);
    // The next check-in is a new question.
    expect(await fanOut.handle({ ...event, checkInMonths: 12 }, 'job-3')).toBe(2);
  });
});
