import { SearchClient, SearchIndexer } from '@lgx/api/core/search';
import { type TestSession } from '@lgx/api/testing';

import { useQuestionsApp } from '../test/questions-test-app';
import { MoveComponentQuestions1796620000001 } from './migrations/1796620000001-move-component-questions';
import { DropComponentQuestion1796620000002 } from './migrations/1796620000002-drop-component-question';

const ASK = `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id } }`;
const ANSWER = `mutation($input: AnswerQuestionInput!) { answerQuestion(input: $input) { id } }`;
const SEARCH = `query($q: String) { search(query: $q, first: 20) {
  totalCount edges { node { type id title summary titleHighlight { text } summaryHighlight { text } } }
  facets { attribute values { value count } }
} }`;
const ADOPT = `mutation($id: ID!, $input: AdoptionInput!) { recordAdoption(componentId: $id, input: $input) { contactOptIn } }`;

describe('questions in search, and the component questions moved into the questions table', () => {
  const world = useQuestionsApp({
    derbyEditor: { council: 'DER', role: 'EDITOR' },
    derbyOfficer: { council: 'DER' },
    kentOfficer: { council: 'KEN' },
    nottinghamOfficer: { council: 'NOT' },
    resident: {},
    platformAdmin: { platformRole: 'ADMIN' },
  });
  const ask = async (
    as: TestSession,
    subjectType: string,
    subjectId: string,
    text: string,
    visibility: string,
  ) => {
    const response = await as.graphql<{ askQuestion: { id: string } }>(ASK, {
      input: { subjectType, subjectId, text, visibility },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.askQuestion.id;
  };
  const answer = async (as: TestSession, questionId: string, text: string) =>
    expect((await as.graphql(ANSWER, { input: { questionId, text } })).errors).toBeUndefined();
  const found = async (as: { graphql: TestSession['graphql'] }, q: string) => {
    const response = await as.graphql<{
      search: { totalCount: number; edges: { node: { id: string } }[] };
    }>(SEARCH, { q });
    expect(response.errors).toBeUndefined();
    return {
      ids: response.data!.search.edges.map((edge) => edge.node.id),
      raw: JSON.stringify(response),
    };
  };

  it('finds a case study and a component by their public questions and answers, never by officers-only ones, whoever searches', async () => {
    const { derbyEditor, derbyOfficer, kentOfficer, nottinghamOfficer, resident, platformAdmin } =
      world.people;
    const study = await world.caseStudy(derbyEditor, 'Care home placements');
    const component = await world.component(derbyEditor, 'Placement finder');
    const open = await ask(
      kentOfficer,
      'CASE_STUDY',
      study,
      'Did the zanzibarite matching work for respite?',
      'PUBLIC',
    );
    await answer(derbyOfficer, open, 'Yes, with the quokkaline rota.');
    await ask(
      kentOfficer,
      'COMPONENT',
      component,
      'Does it handle the marmalite waiting list?',
      'PUBLIC',
    );
    const secret = await ask(
      nottinghamOfficer,
      'CASE_STUDY',
      study,
      'What did the gorgonzite supplier charge?',
      'OFFICERS',
    );
    await answer(derbyEditor, secret, 'The tamarindite rate, £40 an hour.');
    await ask(resident, 'COMPONENT', component, 'Is the platypusite form accessible?', 'OFFICERS');
    await world.harness.app.get(SearchIndexer).settle();

    const readers = [
      world.harness,
      resident,
      kentOfficer,
      derbyOfficer,
      nottinghamOfficer,
      platformAdmin,
    ];
    for (const reader of readers) {
      expect((await found(reader, 'zanzibarite')).ids).toEqual([study]);
      expect((await found(reader, 'quokkaline')).ids).toEqual([study]);
      expect((await found(reader, 'marmalite')).ids).toEqual([component]);
      for (const hidden of ['gorgonzite', 'tamarindite', 'platypusite']) {
        const result = await found(reader, hidden);
        expect(result.ids).toEqual([]);
        expect(result.raw).not.toContain(hidden);
      }
      // Nor does it come back in what a public result says (snippets, highlights).
      expect((await found(reader, 'Care home placements')).raw).not.toMatch(
        /gorgonzite|tamarindite/,
      );
    }
    // The index itself never holds officers-only text.
    const client = world.harness.app.get(SearchClient);
    const stored = JSON.stringify([
      await client.meili.index(client.indexName('case_studies')).getDocument(study),
      await client.meili.index(client.indexName('components')).getDocument(component),
    ]);
    expect(stored).toContain('quokkaline');
    expect(stored).not.toMatch(/gorgonzite|tamarindite|platypusite/);
  });

  it('moves the questions asked of adopters into the questions table, as officers-only questions put to the component councils', async () => {
    const { derbyEditor, kentOfficer, nottinghamOfficer } = world.people;
    const db = world.harness.dataSource;
    const component = await world.component(derbyEditor, 'Garden waste renewals');
    await kentOfficer.graphql(ADOPT, {
      id: component,
      input: { status: 'IN_USE', contactOptIn: true },
    });
    await nottinghamOfficer.graphql(ADOPT, { id: component, input: { status: 'EVALUATING' } });

    // The table as it was before the move, with two questions asked by email.
    const runner = db.createQueryRunner();
    try {
      await new DropComponentQuestion1796620000002().down(runner);
      await runner.query(
        `INSERT INTO component_question (id, component_id, asked_by, asker_council_code, question, recipient_count, created_at)
         VALUES ('11111111-1111-4111-8111-111111111111', $1, $2, 'NOT', 'Does it take card payments?', 1, '2026-01-05T10:00:00.123456Z'),
                ('22222222-2222-4222-8222-222222222222', $1, $3, 'KEN', 'Who hosts it for you?', 2, '2026-02-01T09:30:00Z')`,
        [component, nottinghamOfficer.accountId, kentOfficer.accountId],
      );
      await new MoveComponentQuestions1796620000001().up(runner);
      await new DropComponentQuestion1796620000002().up(runner);
    } finally {
      await runner.release();
    }
    const moved = await db.query(
      `SELECT id, subject_type, subject_id, council_codes, visibility, text, asked_by, asker_council_code,
              asked_at, answered_at, emailed_count
         FROM question WHERE subject_id = $1 ORDER BY asked_at`,
      [component],
    );
    expect(moved).toEqual([
      {
        id: '11111111-1111-4111-8111-111111111111',
        subject_type: 'component',
        subject_id: component,
        council_codes: ['DER', 'KEN'],
        visibility: 'OFFICERS',
        text: 'Does it take card payments?',
        asked_by: nottinghamOfficer.accountId,
        asker_council_code: 'NOT',
        asked_at: new Date('2026-01-05T10:00:00.123Z'),
        answered_at: null,
        emailed_count: 1,
      },
      expect.objectContaining({
        id: '22222222-2222-4222-8222-222222222222',
        council_codes: ['DER'],
        asker_council_code: 'KEN',
        emailed_count: 2,
      }),
    ]);
    // Kent's officers can now answer the question Nottingham emailed them, on the page.
    await answer(kentOfficer, '11111111-1111-4111-8111-111111111111', 'Yes, through GOV.UK Pay.');
  });
});
