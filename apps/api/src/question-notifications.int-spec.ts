import { eventually, type TestSession } from '@lgx/api/testing';

import { useQuestionsApp } from '../test/questions-test-app';

const ASK = `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id } }`;
const ANSWER = `mutation($input: AnswerQuestionInput!) { answerQuestion(input: $input) { id } }`;
const NOTIFICATIONS = `{ unreadNotificationCount notifications(first: 20) { edges { node { event subjectId title url reason } } } }`;

interface Heard {
  unreadNotificationCount: number;
  notifications: {
    edges: { node: { event: string; subjectId: string; title: string; url: string } }[];
  };
}

/**
 * The whole API with its job queue running: a question recorded as an event
 * in its transaction reaches the council's officers through the queue and
 * the notifications' fan-out, and its answer reaches the asker.
 */
describe('questions reach people through the job queue', () => {
  const world = useQuestionsApp({
    derbyEditor: { council: 'DER', role: 'EDITOR' },
    derbyOfficer: { council: 'DER' },
    kentOfficer: { council: 'KEN' },
    nottinghamOfficer: { council: 'NOT' },
  });
  const heard = async (as: TestSession, event: string, subjectId: string) => {
    const response = await as.graphql<Heard>(NOTIFICATIONS);
    expect(response.errors).toBeUndefined();
    const matching = response
      .data!.notifications.edges.map((edge) => edge.node)
      .filter((node) => node.event === event && node.subjectId === subjectId);
    return { unread: response.data!.unreadNotificationCount, matching };
  };

  it('tells the asked council’s officers of a question and the asker of its answer, once each', async () => {
    const { derbyEditor, derbyOfficer, kentOfficer, nottinghamOfficer } = world.people;
    const caseStudy = await world.caseStudy(derbyEditor, 'Bulky waste booking online');
    const asked = await kentOfficer.graphql<{ askQuestion: { id: string } }>(ASK, {
      input: {
        subjectType: 'CASE_STUDY',
        subjectId: caseStudy,
        text: 'How long did the booking form take to build?',
        visibility: 'PUBLIC',
      },
    });
    expect(asked.errors).toBeUndefined();
    const questionId = asked.data!.askQuestion.id;

    const toDerby = await eventually(async () => {
      const found = await heard(derbyOfficer, 'question.asked', questionId);
      return found.matching.length > 0 && found;
    });
    expect(toDerby.matching).toEqual([
      expect.objectContaining({ title: expect.stringContaining('Bulky waste booking online') }),
    ]);
    expect(toDerby.matching[0]!.url).toContain(`/case-studies/${caseStudy}`);
    // Not the asker, nor a council it was not put to.
    expect((await heard(kentOfficer, 'question.asked', questionId)).matching).toEqual([]);
    expect((await heard(nottinghamOfficer, 'question.asked', questionId)).matching).toEqual([]);

    const answered = await derbyOfficer.graphql(ANSWER, {
      input: { questionId, text: 'About six weeks, with one developer.' },
    });
    expect(answered.errors).toBeUndefined();
    const toKent = await eventually(async () => {
      const found = await heard(kentOfficer, 'question.answered', questionId);
      return found.matching.length > 0 && found;
    });
    expect(toKent.matching).toHaveLength(1);
    expect(toKent.unread).toBeGreaterThanOrEqual(1);
    // The queue has nothing left of either event (each job ran and finished).
    await eventually(async () => {
      const [{ count }] = await world.harness.dataSource.query(
        `SELECT count(*)::int AS count FROM graphile_worker.jobs WHERE task_identifier = 'lgx-event'`,
      );
      return count === 0;
    });
    expect((await heard(derbyOfficer, 'question.asked', questionId)).matching).toHaveLength(1);
  });
});
