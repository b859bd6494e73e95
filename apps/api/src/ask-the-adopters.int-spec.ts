import { errorCodeOf, signedIn } from '@lgx/api/testing';

import { useQuestionsApp } from '../test/questions-test-app';

const ADOPT = `mutation($id: ID!, $input: AdoptionInput!) { recordAdoption(componentId: $id, input: $input) { contactOptIn } }`;
const ASK = `mutation($id: ID!, $question: String!) { askAdopters(componentId: $id, question: $question) }`;
const GET = `query($id: ID!) { component(id: $id) { adopterContacts recentQuestions } }`;
const QUESTIONS = `query($id: ID!) { questions(subjectType: COMPONENT, subjectId: $id) {
  totalCount edges { node { text visibility askerCouncilName askedCouncilNames answers { text } canAnswer } }
} }`;
const ANSWER = `mutation($input: AnswerQuestionInput!) { answerQuestion(input: $input) { answers { councilName text } } }`;

type Listed = {
  questions: {
    totalCount: number;
    edges: {
      node: {
        text: string;
        visibility: string;
        askerCouncilName: string | null;
        askedCouncilNames: string[];
        canAnswer: boolean;
      };
    }[];
  };
};

/** "Ask the adopters" as it was, now kept in the one questions model (decision 0047). */
describe('ask the adopters', () => {
  const world = useQuestionsApp({
    derbyEditor: { council: 'DER', role: 'EDITOR' },
    kentOfficer: { council: 'KEN' },
    nottinghamOfficer: { council: 'NOT' },
    stockportOfficer: { council: 'SKP' },
  });
  const mailTo = (email: string) => world.mailbox.to(email);

  it('emails the question only to adopters who opted in, never showing their addresses, and keeps it for officers', async () => {
    const { derbyEditor, kentOfficer, nottinghamOfficer, stockportOfficer } = world.people;
    const id = await world.component(derbyEditor, 'Bin day finder');
    await kentOfficer.graphql(ADOPT, { id, input: { status: 'IN_USE', contactOptIn: true } });
    await nottinghamOfficer.graphql(ADOPT, { id, input: { status: 'EVALUATING' } });

    const asker = await stockportOfficer.graphql<{ component: { adopterContacts: number } }>(GET, {
      id,
    });
    expect(asker.data!.component.adopterContacts).toBe(1);
    const sent = await stockportOfficer.graphql<{ askAdopters: number }>(ASK, {
      id,
      question: 'How long did it take to connect it to your waste system?',
    });
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.askAdopters).toBe(1);
    const received = mailTo(kentOfficer.email);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatch(/Subject: A question about Bin day finder from Stockport/);
    expect(received[0]).toContain(stockportOfficer.email);
    expect(mailTo(nottinghamOfficer.email)).toHaveLength(0);
    expect(JSON.stringify(sent)).not.toContain(kentOfficer.email);
    const after = await world.harness.graphql<{ component: { recentQuestions: number } }>(GET, {
      id,
    });
    expect(after.data!.component.recentQuestions).toBe(1);

    // Kept as an officers-only question, put to the maintainers and the adopters who answer.
    const forVisitor = await world.harness.graphql<Listed>(QUESTIONS, { id });
    expect(forVisitor.data!.questions.totalCount).toBe(0);
    const forKent = await kentOfficer.graphql<Listed>(QUESTIONS, { id });
    expect(forKent.data!.questions.edges.map((edge) => edge.node)).toEqual([
      {
        text: 'How long did it take to connect it to your waste system?',
        visibility: 'OFFICERS',
        askerCouncilName: 'Stockport',
        askedCouncilNames: ['Derby', 'Kent'],
        answers: [],
        canAnswer: true,
      },
    ]);
    expect(world.events.recorded).toContainEqual({
      type: 'question.asked',
      questionId: expect.any(String),
    });

    // An adopter answers on the page too.
    const [{ id: questionId }] = await world.harness.dataSource.query(
      `SELECT id FROM question WHERE subject_id = $1`,
      [id],
    );
    const answered = await kentOfficer.graphql(ANSWER, {
      input: { questionId, text: 'About two weeks, mostly testing.' },
    });
    expect(answered.errors).toBeUndefined();
  });

  it('refuses visitors, short questions, drafts, no contacts, and more than five a day', async () => {
    const { derbyEditor, kentOfficer, stockportOfficer } = world.people;
    const id = await world.component(derbyEditor, 'Council tax reminder pattern');
    const visitor = await world.harness.graphql(ASK, {
      id,
      question: 'Does it work with our system?',
    });
    expect(errorCodeOf(visitor)).toBe('UNAUTHENTICATED');
    const short = await stockportOfficer.graphql(ASK, { id, question: 'Why?' });
    expect(errorCodeOf(short)).toBe('BAD_USER_INPUT');
    const none = await stockportOfficer.graphql(ASK, { id, question: 'Does it work for you?' });
    expect(errorCodeOf(none)).toBe('NO_ADOPTER_CONTACTS');

    await kentOfficer.graphql(ADOPT, { id, input: { status: 'IN_USE', contactOptIn: true } });
    const asker = await signedIn(world.harness, { council: 'NOT' });
    for (let i = 0; i < 5; i++)
      expect(
        (await asker.graphql(ASK, { id, question: `Question number ${i + 1} about it` })).errors,
      ).toBeUndefined();
    const sixth = await asker.graphql(ASK, { id, question: 'One question too many today' });
    expect(errorCodeOf(sixth)).toBe('TOO_MANY_QUESTIONS');

    const draft = await world.component(derbyEditor, 'Draft pattern', true);
    const refused = await kentOfficer.graphql(ASK, {
      id: draft,
      question: 'Can we see the draft?',
    });
    expect(errorCodeOf(refused)).toBe('NOT_FOUND');
  });
});
