import { eventually, type TestSession } from '@lgx/api/testing';

import { useQuestionsApp } from '../test/questions-test-app';
import { mailsTo } from './notifications/email-test-mail';

const ADOPT = `mutation($id: ID!, $input: AdoptionInput!) { recordAdoption(componentId: $id, input: $input) { contactOptIn } }`;
const ASK = `mutation($id: ID!, $question: String!) { askAdopters(componentId: $id, question: $question) }`;
const NOTIFICATIONS = `{ notifications(first: 20) { edges { node { event title } } } }`;

/**
 * Ask the adopters emails the opted-in adopters itself, and the question's
 * notification emails every officer of the councils it is put to: each person
 * hears of one question by one email, on the real mail path and job queue.
 */
describe('ask the adopters: one email per person per question', () => {
  const world = useQuestionsApp({
    derbyEditor: { council: 'DER', role: 'EDITOR' },
    derbyOfficer: { council: 'DER' },
    kentAdopter: { council: 'KEN' },
    kentColleague: { council: 'KEN' },
    stockportOfficer: { council: 'SKP' },
  });
  const questionNotifications = async (person: TestSession) => {
    const response = await person.graphql<{
      notifications: { edges: { node: { event: string } }[] };
    }>(NOTIFICATIONS);
    expect(response.errors).toBeUndefined();
    return response.data!.notifications.edges.filter((edge) => edge.node.event === 'question.asked')
      .length;
  };

  it('emails an opted-in adopter once, and everyone else it is put to once, through the queue', async () => {
    const { derbyEditor, derbyOfficer, kentAdopter, kentColleague, stockportOfficer } =
      world.people;
    const id = await world.component(derbyEditor, 'Street light fault reporter');
    const adopted = await kentAdopter.graphql(ADOPT, {
      id,
      input: { status: 'IN_USE', contactOptIn: true },
    });
    expect(adopted.errors).toBeUndefined();

    const sent = await stockportOfficer.graphql<{ askAdopters: number }>(ASK, {
      id,
      question: 'Did residents report faults with photos, and how did you store them?',
    });
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.askAdopters).toBe(1);

    // The question's notification has reached every officer it is put to, and its jobs are done.
    for (const officer of [derbyOfficer, kentAdopter, kentColleague])
      await eventually(async () => (await questionNotifications(officer)) === 1);
    await eventually(async () => {
      const [{ count }] = await world.harness.dataSource.query(
        `SELECT count(*)::int AS count FROM graphile_worker.jobs
          WHERE task_identifier IN ('lgx-event', 'notifications.email-addressed')`,
      );
      return count === 0;
    });
    await eventually(async () => (await mailsTo(world.mailbox, derbyOfficer.email)).length > 0);

    const adopterMails = await mailsTo(world.mailbox, kentAdopter.email);
    expect(adopterMails.map((mail) => mail.header('Subject'))).toEqual([
      'A question about Street light fault reporter from Stockport',
    ]);
    expect(await mailsTo(world.mailbox, kentColleague.email)).toHaveLength(1);
    expect(await mailsTo(world.mailbox, derbyOfficer.email)).toHaveLength(1);
    expect(await mailsTo(world.mailbox, stockportOfficer.email)).toHaveLength(0);
    // The adopter still sees it in the app, recorded as emailed.
    const [{ emailed }] = await world.harness.dataSource.query(
      `SELECT emailed_at IS NOT NULL AS emailed FROM notification
        WHERE account_id = $1 AND event = 'question.asked'`,
      [kentAdopter.accountId],
    );
    expect(emailed).toBe(true);
  });
});
