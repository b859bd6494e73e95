import { errorCodeOf, signedIn, type TestSession } from '@lgx/api/testing';

import { useQuestionsApp } from '../test/questions-test-app';

const ASK = `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id visibility answers { id } } }`;
const ANSWER = `mutation($input: AnswerQuestionInput!) { answerQuestion(input: $input) { id answers { text councilName } } }`;
const LIST = `query($type: QuestionSubjectType!, $id: ID!) { questions(subjectType: $type, subjectId: $id) {
  totalCount edges { node { id text visibility canAnswer answers { text councilName } } }
} }`;
const MINE = `query($unansweredOnly: Boolean) { questionsForMyCouncil(unansweredOnly: $unansweredOnly) {
  totalCount edges { node { id subjectTitle subjectPath } }
} }`;
const ARCHIVE = `mutation($id: ID!) { archiveCaseStudy(id: $id) { id } }`;
const ADOPT = `mutation($id: ID!, $input: AdoptionInput!) { recordAdoption(componentId: $id, input: $input) { contactOptIn } }`;
const CAN_ASK = `query($id: ID!) { questions(subjectType: COMPONENT, subjectId: $id) { canAsk askTo } }`;

interface Listed {
  questions: {
    totalCount: number;
    edges: { node: { id: string; text: string; visibility: string; canAnswer: boolean } }[];
  };
}

describe('questions to the council behind a case study', () => {
  const world = useQuestionsApp({
    derbyOfficer: { council: 'DER' },
    derbyEditor: { council: 'DER', role: 'EDITOR' },
    derbyAdmin: { council: 'DER', role: 'ADMIN' },
    kentOfficer: { council: 'KEN' },
    nottinghamOfficer: { council: 'NOT' },
    resident: {},
    platformAdmin: { platformRole: 'ADMIN' },
  });
  const ask = (as: TestSession, subjectId: string, text: string, visibility = 'PUBLIC') =>
    as.graphql<{ askQuestion: { id: string } }>(ASK, {
      input: { subjectType: 'CASE_STUDY', subjectId, text, visibility },
    });
  const answer = (as: TestSession, questionId: string, text: string) =>
    as.graphql(ANSWER, { input: { questionId, text } });
  const listed = async (as: { graphql: TestSession['graphql'] }, id: string) => {
    const response = await as.graphql<Listed>(LIST, { type: 'CASE_STUDY', id });
    expect(response.errors).toBeUndefined();
    return response.data!.questions.edges.map((edge) => edge.node);
  };
  const questionRows = async () =>
    Number((await world.harness.dataSource.query(`SELECT count(*) FROM question`))[0].count) +
    Number((await world.harness.dataSource.query(`SELECT count(*) FROM question_answer`))[0].count);

  it('shows public questions to everyone and officers-only ones to officers and the asker; only officers of the council answer', async () => {
    const { derbyEditor, kentOfficer, nottinghamOfficer, resident, platformAdmin } = world.people;
    const id = await world.caseStudy(derbyEditor, 'Web chat for council tax');
    const open = await ask(kentOfficer, id, 'How many calls did the web chat take away?');
    expect(open.errors).toBeUndefined();
    const officers = await ask(nottinghamOfficer, id, 'What did the licence cost you?', 'OFFICERS');
    const residents = await ask(resident, id, 'Could residents opt out of the bot?', 'OFFICERS');
    const openId = open.data!.askQuestion.id;
    const officersId = officers.data!.askQuestion.id;
    const residentsId = residents.data!.askQuestion.id;
    expect(world.events.recorded).toEqual(
      expect.arrayContaining(
        [openId, officersId, residentsId].map((questionId) => ({
          type: 'question.asked',
          questionId,
        })),
      ),
    );

    const ids = async (as: { graphql: TestSession['graphql'] }) =>
      (await listed(as, id)).map((question) => question.id).sort();
    expect(await ids(world.harness)).toEqual([openId]);
    expect(await ids(resident)).toEqual([openId, residentsId].sort());
    for (const officer of [kentOfficer, world.people.derbyOfficer, platformAdmin])
      expect(await ids(officer)).toEqual([openId, officersId, residentsId].sort());

    // Answering: officers of Derby, whatever their role; nobody else.
    for (const outsider of [kentOfficer, platformAdmin])
      expect(errorCodeOf(await answer(outsider, officersId, 'We can say.'))).toBe('FORBIDDEN');
    expect(errorCodeOf(await answer(resident, openId, 'I know this.'))).toBe('FORBIDDEN');
    expect(
      errorCodeOf(
        await world.harness.graphql(ANSWER, { input: { questionId: openId, text: 'Hi' } }),
      ),
    ).toBe('UNAUTHENTICATED');
    for (const [who, text] of [
      [world.people.derbyOfficer, 'About a third of them.'],
      [derbyEditor, 'Licence: £12,000 a year.\nSupport included.'],
      [world.people.derbyAdmin, 'Yes: "talk to a person" at any point.'],
    ] as const) {
      const questionId = text.startsWith('About')
        ? openId
        : text.startsWith('Licence')
          ? officersId
          : residentsId;
      const answered = await answer(who, questionId, text);
      expect(answered.errors).toBeUndefined();
    }
    expect(
      world.events.recorded.filter((event) => event.type === 'question.answered'),
    ).toHaveLength(3);

    // The answer to an officers-only question is officers-only; line breaks are kept.
    const forVisitor = await world.harness.graphql(LIST, { type: 'CASE_STUDY', id });
    expect(JSON.stringify(forVisitor)).not.toContain('Licence');
    expect(JSON.stringify(forVisitor)).not.toContain('talk to a person');
    const forKent = (await listed(kentOfficer, id)).find((question) => question.id === officersId);
    expect(forKent).toMatchObject({
      canAnswer: false,
      answers: [{ text: 'Licence: £12,000 a year.\nSupport included.', councilName: 'Derby' }],
    });
    expect((await listed(derbyEditor, id)).every((question) => question.canAnswer)).toBe(true);
  });

  it('lists the questions waiting for a council, to its officers only', async () => {
    const { derbyEditor, derbyOfficer, kentOfficer, nottinghamOfficer } = world.people;
    const id = await world.caseStudy(derbyEditor, 'Digital blue badge renewals');
    const waiting = (await ask(kentOfficer, id, 'Which payment provider did you use?')).data!
      .askQuestion.id;
    const mine = async (as: TestSession, unansweredOnly?: boolean) => {
      const response = await as.graphql<{
        questionsForMyCouncil: {
          edges: { node: { id: string; subjectTitle: string; subjectPath: string } }[];
        };
      }>(MINE, { unansweredOnly });
      expect(response.errors).toBeUndefined();
      return response.data!.questionsForMyCouncil.edges.map((edge) => edge.node);
    };
    expect(await mine(derbyOfficer)).toContainEqual({
      id: waiting,
      subjectTitle: 'Digital blue badge renewals',
      subjectPath: `/case-studies/${id}`,
    });
    expect((await mine(nottinghamOfficer)).map((q) => q.id)).not.toContain(waiting);
    expect(errorCodeOf(await world.harness.graphql(MINE))).toBe('UNAUTHENTICATED');
    expect(errorCodeOf(await world.people.resident.graphql(MINE))).toBe('FORBIDDEN');

    await answer(derbyOfficer, waiting, 'Pay.gov.uk, through the existing integration.');
    expect((await mine(derbyOfficer)).map((q) => q.id)).not.toContain(waiting);
    expect((await mine(derbyOfficer, false)).map((q) => q.id)).toContain(waiting);
  });

  it('refuses bad questions and answers with a specific error, and changes nothing', async () => {
    const { derbyEditor, derbyOfficer, kentOfficer } = world.people;
    const id = await world.caseStudy(derbyEditor, 'Housing repairs triage');
    const draft = await world.caseStudy(derbyEditor, 'Unpublished triage', true);
    const archived = await world.caseStudy(derbyEditor, 'Old triage');
    await derbyEditor.graphql(ARCHIVE, { id: archived });
    const questionId = (await ask(kentOfficer, id, 'How did you train the triage staff?')).data!
      .askQuestion.id;
    const before = await questionRows();
    const eventsBefore = world.events.recorded.length;
    const unverified = await signedIn(world.harness, { unverified: true });

    const refusals: [
      () => Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>,
      string,
    ][] = [
      [() => ask(kentOfficer, id, '   \n  '), 'BAD_USER_INPUT'],
      [() => ask(kentOfficer, id, 'Too short'), 'BAD_USER_INPUT'],
      [() => ask(kentOfficer, id, 'x'.repeat(2_001)), 'BAD_USER_INPUT'],
      [
        () => ask(kentOfficer, '00000000-0000-4000-8000-000000000000', 'Is this one real at all?'),
        'NOT_FOUND',
      ],
      // A malformed id is refused before it reaches the questions (the API's input checks).
      [() => ask(kentOfficer, 'not-an-id', 'Is this one real at all?'), 'BAD_USER_INPUT'],
      [() => ask(kentOfficer, draft, 'Can I see it before it is out?'), 'NOT_FOUND'],
      [() => ask(kentOfficer, archived, 'Is this still in use today?'), 'NOT_PUBLISHED'],
      [() => ask(derbyOfficer, id, 'Asking my own council a question'), 'OWN_COUNCIL'],
      [() => ask(unverified, id, 'A question from an unconfirmed address'), 'FORBIDDEN'],
      [
        () =>
          world.harness.graphql(ASK, {
            input: { subjectType: 'CASE_STUDY', subjectId: id, text: 'A visitor asking this' },
          }),
        'UNAUTHENTICATED',
      ],
      [() => answer(derbyOfficer, questionId, ' '), 'BAD_USER_INPUT'],
      [() => answer(derbyOfficer, questionId, 'y'.repeat(5_001)), 'BAD_USER_INPUT'],
      [
        () => answer(derbyOfficer, '00000000-0000-4000-8000-000000000000', 'An answer to nothing'),
        'NOT_FOUND',
      ],
      [() => answer(derbyOfficer, 'nonsense', 'An answer to nothing'), 'BAD_USER_INPUT'],
    ];
    for (const [refused, code] of refusals) expect(errorCodeOf(await refused())).toBe(code);
    const bad = await ask(kentOfficer, id, 'Too short');
    expect(bad.errors?.[0]?.message).toBe(
      'Write your question in 10 to 2,000 characters (it has 9)',
    );
    expect(await questionRows()).toBe(before);
    expect(world.events.recorded).toHaveLength(eventsBefore);
  });

  it('says who may ask and whom, and puts a component question to its maintainers and the adopters who answer', async () => {
    const { derbyEditor, derbyOfficer, kentOfficer, nottinghamOfficer, resident } = world.people;
    const component = await world.component(derbyEditor, 'Street lighting fault reporter');
    const adopt = (as: TestSession, contactOptIn: boolean) =>
      as.graphql(ADOPT, { id: component, input: { status: 'IN_USE', contactOptIn } });
    await adopt(kentOfficer, true);
    await adopt(nottinghamOfficer, false);
    const askable = async (as: { graphql: TestSession['graphql'] }) =>
      (
        await as.graphql<{ questions: { canAsk: boolean; askTo: string[] } }>(CAN_ASK, {
          id: component,
        })
      ).data!.questions;
    expect(await askable(world.harness)).toEqual({ canAsk: false, askTo: ['Derby', 'Kent'] });
    expect((await askable(resident)).canAsk).toBe(true);
    expect((await askable(nottinghamOfficer)).canAsk).toBe(true);
    expect((await askable(kentOfficer)).canAsk).toBe(false);
    expect((await askable(derbyOfficer)).canAsk).toBe(false);

    const asked = await resident.graphql<{ askQuestion: { id: string } }>(ASK, {
      input: {
        subjectType: 'COMPONENT',
        subjectId: component,
        text: 'Does it work with LED lamps?',
      },
    });
    const questionId = asked.data!.askQuestion.id;
    expect(errorCodeOf(await answer(nottinghamOfficer, questionId, 'We think so.'))).toBe(
      'FORBIDDEN',
    );
    expect(
      (await answer(kentOfficer, questionId, 'Yes, ours are all LED.')).errors,
    ).toBeUndefined();
    expect(
      (await answer(derbyOfficer, questionId, 'Yes, since version 2.')).errors,
    ).toBeUndefined();
    const shown = await world.harness.graphql<{
      questions: { edges: { node: { answers: { councilName: string }[] } }[] };
    }>(
      `query($id: ID!) { questions(subjectType: COMPONENT, subjectId: $id) { edges { node { answers { councilName } } } } }`,
      { id: component },
    );
    expect(shown.data!.questions.edges[0]!.node.answers.map((a) => a.councilName)).toEqual([
      'Kent',
      'Derby',
    ]);
  });
});
