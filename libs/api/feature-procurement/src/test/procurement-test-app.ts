import {
  bootTestApp,
  createFeatureApp,
  seedTestCouncils,
  type TestApp,
  type TestSession,
} from '@lgx/api/testing';

import { PROCUREMENT_ENTITIES, ProcurementModule } from '../procurement.module';

/** Next year: groups started in tests open and close in the future. */
export const NEXT_YEAR = new Date().getUTCFullYear() + 1;

const START = `mutation($input: ProcurementGroupInput!) { startProcurementGroup(input: $input) { id } }`;

/** This feature's app on real PostgreSQL and Meilisearch, with the test councils. */
export async function bootProcurementTestApp(): Promise<TestApp> {
  const harness = await bootTestApp((config) =>
    createFeatureApp(config, {
      imports: [ProcurementModule],
      entities: PROCUREMENT_ENTITIES,
    }),
  );
  await seedTestCouncils(harness.dataSource);
  return harness;
}

/** A group's details as a lead council's editor would enter them. */
export function groupInput(title: string, visibility: 'OPEN' | 'INVITE_ONLY' = 'OPEN') {
  return {
    title,
    need: 'A shared system for several councils.',
    cpvCode: '48000000-8',
    desiredStart: `${NEXT_YEAR}-09-01`,
    route: 'OPEN_PROCEDURE',
    minimumCouncils: 2,
    visibility,
    interestClosesOn: `${NEXT_YEAR}-06-30`,
  };
}

/** Starts a group as `lead` (an editor of the lead council) and returns its id. */
export async function startGroup(
  lead: TestSession,
  title: string,
  visibility: 'OPEN' | 'INVITE_ONLY' = 'OPEN',
): Promise<string> {
  const started = await lead.graphql<{ startProcurementGroup: { id: string } }>(START, {
    input: groupInput(title, visibility),
  });
  if (started.errors)
    throw new Error(`Could not start "${title}": ${JSON.stringify(started.errors)}`);
  return started.data!.startProcurementGroup.id;
}
