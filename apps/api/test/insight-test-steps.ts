import type { TestSession } from '@lgx/api/testing';

const CREATE_CASE_STUDY = `mutation($input: CaseStudyInput!) { createCaseStudy(input: $input) { id } }`;
const PUBLISH_CASE_STUDY = `mutation($id: ID!) { publishCaseStudy(id: $id) { id } }`;
const CREATE_COMPONENT = `mutation($input: ComponentInput!) { createComponent(input: $input) { id } }`;
const PUBLISH_COMPONENT = `mutation($id: ID!) { publishComponent(id: $id) { id } }`;
const ADOPT = `mutation($id: ID!, $input: AdoptionInput!) { recordAdoption(componentId: $id, input: $input) { id } }`;
const SAVE = `mutation($input: AmbitionObjectiveInput!) { saveAmbitionObjective(input: $input) { version } }`;

/** Anyone who can send a query: a signed-in person or the visitor (the harness). */
type Asker = { graphql: TestSession['graphql'] };

/** The answer's data; the test fails on any error. */
export async function ok<T>(as: Asker, query: string, variables: Record<string, unknown>) {
  const response = await as.graphql<T>(query, variables);
  expect(response.errors).toBeUndefined();
  return response.data!;
}

const created = async (as: Asker, query: string, input: object) =>
  Object.values(await ok<Record<string, { id: string }>>(as, query, { input }))[0]!.id;

/** A case study tagged Efficiency × AI (unless `extra` says otherwise); published unless `draft`. */
export async function caseStudy(as: Asker, title: string, extra: object, draft = false) {
  const id = await created(as, CREATE_CASE_STUDY, {
    title,
    summary: 'What a council did, with its money.',
    stage: 'LIVE',
    objectives: ['EFFICIENCY'],
    technologies: ['AI'],
    ...extra,
  });
  if (!draft) await ok(as, PUBLISH_CASE_STUDY, { id });
  return id;
}

/** A component with these technologies; published unless `draft`. */
export async function component(as: Asker, name: string, technologies: string[], draft = false) {
  const id = await created(as, CREATE_COMPONENT, {
    name,
    kind: 'SERVICE_PATTERN',
    summary: 'A reusable pattern for councils.',
    licence: 'OGL-UK-3.0',
    maturity: 'LIVE',
    technologies,
  });
  if (!draft) await ok(as, PUBLISH_COMPONENT, { id });
  return id;
}

/** The asker's council adopts the component, for a case study if given; the adoption's id. */
export const adopt = async (as: Asker, componentId: string, caseStudyId?: string) =>
  (
    await ok<{ recordAdoption: { id: string } }>(as, ADOPT, {
      id: componentId,
      input: { status: 'IN_USE', caseStudyId },
    })
  ).recordAdoption.id;

/** The council's answers for the Efficiency objective (importance 4). */
export const answer = (as: Asker, councilCode: string, cells: object[]) =>
  ok(as, SAVE, { input: { councilCode, objective: 'EFFICIENCY', importance: 4, cells } });

type Lists = 'caseStudies' | 'components' | 'willingCouncils';

/** A cell as the API sends it: each list a connection. */
export type Listed<Cell> = Omit<Cell, Lists> & {
  [List in Lists & keyof Cell]: { edges: { node: Cell[List] extends (infer N)[] ? N : never }[] };
};

/** The cell with each list's nodes as a plain array, as the tests read them. */
export function listsOf<Cell>(cell: Listed<Cell>): Cell {
  const flat: Record<string, unknown> = { ...cell };
  for (const list of ['caseStudies', 'components', 'willingCouncils'])
    if (Object.hasOwn(cell, list))
      flat[list] = (flat[list] as { edges: { node: unknown }[] }).edges.map((edge) => edge.node);
  return flat as Cell;
}
