import { request as apiRequest } from 'playwright-core';

import { baseUrl } from './browser';
import { seeded } from './steps';

type GraphQL = (
  query: string,
  variables?: Record<string, unknown>,
) => Promise<Record<string, { id?: string }>>;

/** Signs in over GraphQL, as the web app does, and returns a way to send more operations. */
function signedInApi(emailVariable: string, passwordVariable: string) {
  return signedInAs(seeded(emailVariable), seeded(passwordVariable));
}

/** The same, for an account a journey created itself. */
export async function signedInAs(email: string, password: string) {
  const api = await apiRequest.newContext({ baseURL: baseUrl() });
  const graphql: GraphQL = async (query, variables = {}) => {
    const response = await api.post('/graphql', { data: { query, variables } });
    const body = (await response.json()) as {
      data?: Record<string, { id?: string }>;
      errors?: unknown;
    };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data ?? {};
  };
  await graphql(
    'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { status } }',
    { e: email, p: password },
  );
  return { graphql, dispose: () => api.dispose() };
}

/**
 * A case study Derby's seeded editor has written and published, for journeys
 * that need one to read: its id.
 */
export async function publishedCaseStudy(
  title: string,
  summary = 'Residents report a missed bin collection online, and crews see it the same day.',
  /** More of CaseStudyInput, e.g. figures and tags. */
  more: Record<string, unknown> = {},
): Promise<string> {
  const { graphql, dispose } = await signedInApi('LGX_E2E_EDITOR_EMAIL', 'LGX_E2E_EDITOR_PASSWORD');
  try {
    const created = await graphql(
      'mutation($input: CaseStudyInput!) { createCaseStudy(input: $input) { id } }',
      {
        input: {
          title,
          summary,
          stage: 'LIVE',
          serviceAreas: ['WASTE'],
          investment: '42000',
          cashableSavingsPerYear: '18000',
          ...more,
        },
      },
    );
    const id = created['createCaseStudy']?.id;
    if (!id) throw new Error('The case study was not created.');
    await graphql('mutation($id: ID!) { publishCaseStudy(id: $id) { id } }', { id });
    return id;
  } finally {
    await dispose();
  }
}

/** An ISO date (YYYY-MM-DD) `months` from today. */
function isoMonthsFromToday(months: number): string {
  const date = new Date();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/**
 * An open procurement group Nottingham's seeded editor starts, still taking
 * interest, in the CPV category given: its id.
 */
export async function openProcurementGroup(title: string, cpvCode: string): Promise<string> {
  const { graphql, dispose } = await signedInApi(
    'LGX_E2E_NOTTINGHAM_EDITOR_EMAIL',
    'LGX_E2E_NOTTINGHAM_EDITOR_PASSWORD',
  );
  try {
    const created = await graphql(
      'mutation($input: ProcurementGroupInput!) { startProcurementGroup(input: $input) { id } }',
      {
        input: {
          title,
          need: 'One system for the housing service, bought together when our contracts end.',
          cpvCode,
          desiredStart: isoMonthsFromToday(12),
          interestClosesOn: isoMonthsFromToday(4),
          minimumCouncils: 2,
          route: 'OPEN_PROCEDURE',
          visibility: 'OPEN',
        },
      },
    );
    const id = created['startProcurementGroup']?.id;
    if (!id) throw new Error('The procurement group was not created.');
    return id;
  } finally {
    await dispose();
  }
}
