import { buildSchema, getOperationAST, parse } from 'graphql';

import { findArgumentProblems, MAX_LIST_ITEMS } from './argument-problems';

const SCHEMA = buildSchema(`
  enum Stage { IDEA LIVE }
  input StepInput { title: String! tags: [String!] }
  input CaseStudyInput { title: String! stage: Stage steps: [StepInput!] supplierId: ID }
  type CaseStudy { id: ID! title: String! related(after: String, first: Int): [CaseStudy!]! }
  type Query {
    caseStudy(id: ID!): CaseStudy
    caseStudies(after: String, search: String): [CaseStudy!]!
    council(code: String!): String
  }
  type Mutation { updateCaseStudy(id: ID!, input: CaseStudyInput!): CaseStudy! }
`);

const ID = '3f1c2b8e-9d4a-4c1e-8f0a-1b2c3d4e5f60';

function problems(query: string, variables?: Record<string, unknown>) {
  const document = parse(query);
  return findArgumentProblems(SCHEMA, document, getOperationAST(document)!, variables);
}

const UPDATE = `mutation ($id: ID!, $input: CaseStudyInput!) { updateCaseStudy(id: $id, input: $input) { id } }`;

describe('findArgumentProblems', () => {
  it('finds nothing wrong with good values', () => {
    expect(
      problems(UPDATE, {
        id: ID,
        input: { title: 'Bins 🚮', stage: 'LIVE', steps: [{ title: 'a', tags: ['b'] }] },
      }),
    ).toEqual([]);
    expect(problems(`{ council(code: "DER") caseStudies(search: "née") { id } }`)).toEqual([]);
  });

  it('names the path of a NUL deep in a nested input, from variables', () => {
    const found = problems(UPDATE, {
      id: ID,
      input: { title: 'ok', steps: [{ title: 'ok' }, { title: 'x', tags: ['ok', 'a\u0000b'] }] },
    });
    expect(found).toEqual([
      {
        code: 'BAD_USER_INPUT',
        fieldName: 'updateCaseStudy',
        argumentName: 'input',
        path: 'input.steps[1].tags[1]',
        message: expect.stringMatching(/^"input\.steps\[1\]\.tags\[1\]" contains a NUL character/),
      },
    ]);
  });

  it('refuses a list longer than any LGX takes, once, before reading its items', () => {
    const tags = Array.from({ length: MAX_LIST_ITEMS + 1 }, () => 'a\u0000b');
    const found = problems(UPDATE, {
      id: ID,
      input: { title: 'ok', steps: [{ title: 'x', tags }] },
    });
    expect(found).toEqual([
      expect.objectContaining({
        path: 'input.steps[0].tags',
        message: expect.stringMatching(/has 1,001 items; a list may have at most 1,000/),
      }),
    ]);
    const atLimit = Array.from({ length: MAX_LIST_ITEMS }, () => 'ok');
    expect(
      problems(UPDATE, { id: ID, input: { title: 'ok', steps: [{ title: 'x', tags: atLimit }] } }),
    ).toEqual([]);
  });

  it('finds a lone surrogate in a variable (the parser refuses one in a literal)', () => {
    const found = problems(`query ($q: String) { caseStudies(search: $q) { id } }`, {
      q: 'bins \ud800',
    });
    expect(found.map((problem) => [problem.path, problem.code])).toEqual([
      ['search', 'BAD_USER_INPUT'],
    ]);
    expect(found[0]!.message).toMatch(/not valid Unicode/);
  });

  it('keeps well-formed surrogate pairs', () => {
    expect(problems(String.raw`{ caseStudies(search: "\ud83d\ude00") { id } }`)).toEqual([]);
  });

  it('finds a NUL in an inline literal', () => {
    expect(problems(String.raw`{ council(code: "DER\u0000") }`)[0]?.path).toBe('code');
  });

  it('refuses an ID that is not a UUID, at the top and inside inputs', () => {
    expect(problems(`{ caseStudy(id: "1") { id } }`).map((problem) => problem.path)).toEqual([
      'id',
    ]);
    const found = problems(UPDATE, { id: ID, input: { title: 't', supplierId: 'toString' } });
    expect(found.map((problem) => problem.path)).toEqual(['input.supplierId']);
    expect(found[0]!.message).toMatch(/is not an id this API gave out/);
  });

  it('finds problems on nested fields, and in fragments once each', () => {
    const query = `
      query ($q: String) { caseStudy(id: "${ID}") { ...F } other: caseStudy(id: "${ID}") { ...F } }
      fragment F on CaseStudy { related(after: $q) { id } }`;
    expect(
      problems(query, { q: 'a\u0000' }).map((problem) => [problem.fieldName, problem.path]),
    ).toEqual([['related', 'after']]);
  });

  it('leaves variables that do not coerce to execution, which reports them', () => {
    expect(problems(UPDATE, { id: ID, input: { title: 5 } })).toEqual([]);
  });

  it('reports at most 20 problems', () => {
    const tags = Array.from({ length: 50 }, () => '\u0000');
    expect(
      problems(UPDATE, { id: ID, input: { title: 't', steps: [{ title: 't', tags }] } }),
    ).toHaveLength(20);
  });
});
