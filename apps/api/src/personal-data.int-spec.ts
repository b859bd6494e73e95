import { eventually, type TestSession } from '@lgx/api/testing';

import { useQuestionsApp } from '../test/questions-test-app';
import { ForgetAskersAlreadyDeleted1796670000002 } from './migrations/1796670000002-forget-askers-already-deleted';

const FOLLOW = `mutation($input: FollowInput!) { follow(input: $input) { id } }`;
const DIGEST = `mutation($id: ID!, $digest: DigestFrequency!) { setFollowDigest(id: $id, digest: $digest) { id } }`;
const SAVE = `mutation($search: SavedSearchInput!) { saveSearch(search: $search) { id } }`;
const PREFERENCES = `mutation($input: EmailPreferencesInput!) { setEmailPreferences(input: $input) { addressed digests } }`;
const ASK = `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id } }`;
const ANSWER = `mutation($input: AnswerQuestionInput!) { answerQuestion(input: $input) { id } }`;
const MY_DATA = `{ myData }`;
const DELETE = `mutation { deleteMyAccount(password: "not needed without a password") }`;

/** The export's parts that features other than identity add. */
interface Exported {
  following: {
    follows: { kind: string; target: string; digest: string }[];
    savedSearches: { name: string; path: string; digest: string; search: { query: string } }[];
    emailPreferences: { addressed: boolean; digests: boolean };
    notifications: {
      total: number;
      included: number;
      note: string | null;
      items: { event: string; subjectId: string; title: string }[];
    };
  };
  questions: {
    asked: {
      id: string;
      text: string;
      visibility: string;
      answers: { text: string; councilCode: string }[];
    }[];
    answered: { questionId: string; text: string; councilCode: string }[];
  };
}

const exported = async (person: TestSession): Promise<Exported> => {
  const response = await person.graphql<{ myData: string }>(MY_DATA);
  expect(response.errors).toBeUndefined();
  return JSON.parse(response.data!.myData) as Exported;
};

/** "Download my data" and account deletion, for what follows, notifications and questions hold. */
describe('a person’s follows, notifications and questions in their data', () => {
  const world = useQuestionsApp({
    derbyEditor: { council: 'DER', role: 'EDITOR' },
    derbyOfficer: { council: 'DER' },
    kentOfficer: { council: 'KEN' },
    nottinghamOfficer: { council: 'NOT' },
  });
  const count = async (table: string, column: string, accountId: string) => {
    const [{ n }] = await world.harness.dataSource.query(
      `SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`,
      [accountId],
    );
    return n as number;
  };

  /** Kent follows Derby weekly, saves "chatbot", asks Derby a question that Derby answers. */
  async function kentAsksDerby(title: string) {
    const { derbyEditor, derbyOfficer, kentOfficer } = world.people;
    const caseStudy = await world.caseStudy(derbyEditor, title);
    const follow = await kentOfficer.graphql<{ follow: { id: string } }>(FOLLOW, {
      input: { kind: 'COUNCIL', targetId: 'DER' },
    });
    expect(follow.errors).toBeUndefined();
    await kentOfficer.graphql(DIGEST, { id: follow.data!.follow.id, digest: 'WEEKLY' });
    expect(
      (await kentOfficer.graphql(SAVE, { search: { query: 'chatbot', types: ['CASE_STUDY'] } }))
        .errors,
    ).toBeUndefined();
    const asked = await kentOfficer.graphql<{ askQuestion: { id: string } }>(ASK, {
      input: {
        subjectType: 'CASE_STUDY',
        subjectId: caseStudy,
        text: 'Which booking system did you connect it to?',
        visibility: 'PUBLIC',
      },
    });
    expect(asked.errors).toBeUndefined();
    const questionId = asked.data!.askQuestion.id;
    const answer = await derbyOfficer.graphql(ANSWER, {
      input: { questionId, text: 'Our own, through its booking API.' },
    });
    expect(answer.errors).toBeUndefined();
    // The answer reaches Kent as a notification, and by email (which makes unsubscribe links).
    await eventually(
      async () => (await count('notification', 'account_id', kentOfficer.accountId)) > 0,
    );
    await eventually(
      async () => (await count('email_unsubscribe', 'account_id', kentOfficer.accountId)) > 0,
    );
    return questionId;
  }

  it('exports follows with their frequency, saved searches, email preferences, notifications, questions and answers', async () => {
    const { derbyOfficer, kentOfficer } = world.people;
    const questionId = await kentAsksDerby('Garden waste permits online');
    const chosen = await kentOfficer.graphql(PREFERENCES, { input: { digests: false } });
    expect(chosen.errors).toBeUndefined();

    const kent = await exported(kentOfficer);
    expect(kent.following.follows).toEqual([
      expect.objectContaining({ kind: 'COUNCIL', target: 'DER', digest: 'WEEKLY' }),
    ]);
    expect(kent.following.savedSearches).toEqual([
      expect.objectContaining({
        digest: 'DAILY',
        path: '/search?q=chatbot&type=case-study',
        search: expect.objectContaining({ query: 'chatbot' }),
      }),
    ]);
    expect(kent.following.emailPreferences).toEqual({ addressed: true, digests: false });
    expect(kent.following.notifications).toMatchObject({ total: 1, included: 1, note: null });
    expect(kent.following.notifications.items[0]).toMatchObject({
      event: 'question.answered',
      subjectId: questionId,
    });
    expect(kent.questions.asked).toEqual([
      expect.objectContaining({
        id: questionId,
        text: 'Which booking system did you connect it to?',
        visibility: 'PUBLIC',
        answers: [
          expect.objectContaining({
            text: 'Our own, through its booking API.',
            councilCode: 'DER',
          }),
        ],
      }),
    ]);
    expect(kent.questions.answered).toEqual([]);

    const derby = await exported(derbyOfficer);
    expect(derby.questions.answered).toEqual([
      expect.objectContaining({ questionId, text: 'Our own, through its booking API.' }),
    ]);
    // Nothing of Kent's is in Derby's export.
    expect(derby.following.savedSearches).toEqual([]);
    expect(derby.questions.asked).toEqual([]);
  });

  it('exports the most recent notifications only, and says so, when there are very many', async () => {
    const { nottinghamOfficer } = world.people;
    await world.harness.dataSource.query(
      `INSERT INTO notification (account_id, kind, event, event_key, subject_type, subject_id, title, reason, url, created_at)
       SELECT $1, 'FOLLOWED', 'content.published', 'bulk:' || n, 'case_study', gen_random_uuid()::text,
              'Case study ' || n, 'You follow Derby City Council', '/', now() - make_interval(mins => n)
         FROM generate_series(1, 1005) AS n`,
      [nottinghamOfficer.accountId],
    );
    const { notifications } = (await exported(nottinghamOfficer)).following;
    expect(notifications).toMatchObject({ total: 1005, included: 1000 });
    expect(notifications.note).toBe(
      'Only your 1000 most recent notifications of 1005 are included.',
    );
    expect(notifications.items[0]!.title).toBe('Case study 1');
    expect(notifications.items.at(-1)!.title).toBe('Case study 1000');
  });

  it('erases follows, saved searches, notifications, email choices and who asked, keeping the council’s answers', async () => {
    const { derbyOfficer, kentOfficer } = world.people;
    const questionId = await kentAsksDerby('Parking permits by text');
    await kentOfficer.graphql(PREFERENCES, { input: { addressed: false } });
    for (const table of ['follow', 'notification', 'email_preference', 'email_unsubscribe'])
      expect(await count(table, 'account_id', kentOfficer.accountId)).toBeGreaterThan(0);

    // As ask the adopters records the officers it emailed a question (here, Kent's own, for the test).
    await world.harness.dataSource.query(
      `INSERT INTO question_emailed (question_id, account_id) VALUES ($1, $2)`,
      [questionId, kentOfficer.accountId],
    );
    expect(
      await world.harness.dataSource.query(
        `SELECT kind FROM follow WHERE account_id = $1 ORDER BY kind`,
        [kentOfficer.accountId],
      ),
    ).toEqual([{ kind: 'COUNCIL' }, { kind: 'SAVED_SEARCH' }]);

    const deleted = await kentOfficer.graphql(DELETE);
    expect(deleted.errors).toBeUndefined();
    for (const table of ['follow', 'notification', 'email_preference', 'email_unsubscribe'])
      expect({ table, left: await count(table, 'account_id', kentOfficer.accountId) }).toEqual({
        table,
        left: 0,
      });
    expect(await count('question', 'asked_by', kentOfficer.accountId)).toBe(0);
    expect(await count('question_emailed', 'account_id', kentOfficer.accountId)).toBe(0);
    const [question] = await world.harness.dataSource.query(
      `SELECT asked_by AS "askedBy", text, asker_council_code AS "askerCouncilCode" FROM question WHERE id = $1`,
      [questionId],
    );
    // The question stays (the council's answers answer it), with nobody behind it.
    expect(question).toEqual({
      askedBy: null,
      text: 'Which booking system did you connect it to?',
      askerCouncilCode: 'KEN',
    });

    // The answerer's account goes too: the answers stay, the council's.
    expect((await derbyOfficer.graphql(DELETE)).errors).toBeUndefined();
    const answers = await world.harness.dataSource.query(
      `SELECT answered_by AS "answeredBy", text, council_code AS "councilCode" FROM question_answer WHERE question_id = $1`,
      [questionId],
    );
    expect(answers).toEqual([
      { answeredBy: null, text: 'Our own, through its booking API.', councilCode: 'DER' },
    ]);
  });

  it('forgets who asked and answered for accounts deleted before erasure reached questions', async () => {
    const db = world.harness.dataSource;
    const { derbyEditor } = world.people;
    const caseStudy = await world.caseStudy(derbyEditor, 'Council tax reminders by text');
    const [{ id: gone }] = await db.query(
      `INSERT INTO account (email, name, job_title, status) VALUES (NULL, 'Deleted account', '', 'deleted') RETURNING id`,
    );
    const [{ id: kept }] = await db.query(
      `INSERT INTO account (email, email_verified_at, name, job_title, status)
       VALUES ('still-here@example.org', now(), 'Still here', 'Officer', 'active') RETURNING id`,
    );
    const ask = async (askedBy: string) =>
      (
        await db.query(
          `INSERT INTO question (subject_type, subject_id, council_codes, visibility, text, asked_by)
           VALUES ('case_study', $1, '{DER}', 'PUBLIC', 'How many residents signed up?', $2) RETURNING id`,
          [caseStudy, askedBy],
        )
      )[0].id as string;
    const [before, other] = [await ask(gone), await ask(kept)];
    await db.query(
      `INSERT INTO question_answer (question_id, text, answered_by, council_code) VALUES ($1, 'About half.', $2, 'DER')`,
      [other, gone],
    );

    const runner = db.createQueryRunner();
    try {
      await new ForgetAskersAlreadyDeleted1796670000002().up(runner);
    } finally {
      await runner.release();
    }

    const askers = await db.query(
      `SELECT id, asked_by AS "askedBy" FROM question WHERE id = ANY($1) ORDER BY asked_by NULLS FIRST`,
      [[before, other]],
    );
    expect(askers).toEqual([
      { id: before, askedBy: null },
      { id: other, askedBy: kept },
    ]);
    const [answer] = await db.query(
      `SELECT answered_by AS "answeredBy", text FROM question_answer WHERE question_id = $1`,
      [other],
    );
    expect(answer).toEqual({ answeredBy: null, text: 'About half.' });
  });
});
