import { signInAll, type TestApp, type TestSession } from '@lgx/api/testing';

import { bootApiApp } from '../test/api-test-app';
import {
  EXPERIENCE_REPAIR_MESSAGE,
  RepairTaxonomyValues1795320000000,
} from './migrations/1795320000000-repair-taxonomy-values';

const YEAR = new Date().getUTCFullYear() + 1;

const CREATE_STUDY = `mutation($input: CaseStudyInput!) { createCaseStudy(input: $input) { id } }`;
const CREATE_COMPONENT = `mutation($input: ComponentInput!) { createComponent(input: $input) { id } }`;
const PUBLISH_COMPONENT = `mutation($id: ID!) { publishComponent(id: $id) { id } }`;
const ADOPT = `mutation($id: ID!, $input: AdoptionInput!) { recordAdoption(componentId: $id, input: $input) { id } }`;
const CREATE_SUPPLIER = `mutation($input: SupplierInput!) { createSupplier(input: $input) { id } }`;
const CREATE_EXPERIENCE = `mutation($input: SupplierExperienceInput!) { createSupplierExperience(input: $input) { id } }`;
const PUBLISH_EXPERIENCE = `mutation($id: ID!) { publishSupplierExperience(id: $id) { id } }`;
const START_GROUP = `mutation($input: ProcurementGroupInput!) { startProcurementGroup(input: $input) { id } }`;

/** The data migration of issue 13 run against rows that hold inherited names, in real PostgreSQL. */
describe('migration: repair taxonomy values', () => {
  let harness: TestApp;
  let derbyEditor: TestSession;
  let derbyOfficer: TestSession;
  let kentEditor: TestSession;
  let moderator: TestSession;

  const created = async <T>(
    session: TestSession,
    query: string,
    variables: Record<string, unknown>,
  ) => {
    const response = await session.graphql<Record<string, { id: string }>>(query, variables);
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return (Object.values(response.data)[0] as { id: string }).id as T;
  };
  const sql = (query: string, parameters: unknown[] = []) =>
    harness.dataSource.query(query, parameters);

  /** Runs the migration in a transaction; answers what it queued for the search index. */
  const repair = async () => {
    const runner = harness.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const [{ last }] = await runner.query(
        `SELECT coalesce(max(id), 0)::bigint AS last FROM search_outbox`,
      );
      await new RepairTaxonomyValues1795320000000().up(runner);
      // Read before commit: the indexer drains committed rows.
      const queued: { entity_type: string; entity_id: string }[] = await runner.query(
        `SELECT DISTINCT entity_type, entity_id FROM search_outbox WHERE id > $1`,
        [last],
      );
      await runner.commitTransaction();
      return queued.map((row) => `${row.entity_type}:${row.entity_id}`).sort();
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  };

  beforeAll(async () => {
    harness = await bootApiApp();
    ({ derbyEditor, derbyOfficer, kentEditor, moderator } = await signInAll(
      harness,
      'derbyEditor',
      'derbyOfficer',
      'kentEditor',
      'moderator',
    ));
  });
  afterAll(() => harness?.close());

  it('replaces unknown values with safe ones, queues exactly the repaired records and is idempotent', async () => {
    const study = (title: string) =>
      created<string>(derbyEditor, CREATE_STUDY, {
        input: {
          title,
          summary: 'What we did and what happened.',
          stage: 'LIVE',
          serviceAreas: ['ADULT_SOCIAL_CARE', 'HOUSING'],
          technologies: ['AI'],
          evidenceLevel: 'MEASURED_INTERNALLY',
        },
      });
    const badStudy = await study('Bad values');
    const goodStudy = await study('Good values');
    const component = await created<string>(derbyEditor, CREATE_COMPONENT, {
      input: {
        name: 'Repair component',
        kind: 'DOCUMENT_TEMPLATE',
        summary: 'A template.',
        licence: 'OGL-UK-3.0',
        maturity: 'LIVE',
        standards: ['UK_GDPR', 'WCAG_2_2_AA'],
      },
    });
    await created(derbyEditor, PUBLISH_COMPONENT, { id: component });
    const adoption = await created<string>(kentEditor, ADOPT, {
      id: component,
      input: { status: 'IN_USE', startedOn: '2024-01-01' },
    });
    const supplier = await created<string>(derbyOfficer, CREATE_SUPPLIER, {
      input: { name: 'Repair Supplier Ltd' },
    });
    const experience = await created<string>(derbyOfficer, CREATE_EXPERIENCE, {
      input: {
        supplierId: supplier,
        product: 'Case management',
        cpvCode: '72000000-5',
        contractStart: '2022-04-01',
        contractEnd: `${YEAR}-03-31`,
        valueBand: 'FROM_500K_TO_2M',
        routeToMarket: 'FRAMEWORK_FURTHER_COMPETITION',
        frameworkName: 'A framework',
        frameworkLot: 'Lot 1',
        ratingDelivery: 4,
        ratingValueForMoney: 3,
        ratingSupport: 4,
        ratingInteroperability: 3,
        ratingExitAndDataPortability: 3,
        wouldBuyAgain: true,
        whatWorked: 'Delivery went to plan.',
        isCurrent: true,
        attribution: 'NAMED',
      },
    });
    await created(moderator, PUBLISH_EXPERIENCE, { id: experience });
    const group = await created<string>(derbyEditor, START_GROUP, {
      input: {
        title: 'Repair group',
        need: 'A shared need.',
        cpvCode: '72000000-5',
        desiredStart: `${YEAR}-09-01`,
        route: 'EXISTING_FRAMEWORK',
        frameworkName: 'G-Cloud 14',
        frameworkLot: 'Lot 2',
        minimumCouncils: 2,
        visibility: 'OPEN',
        interestClosesOn: `${YEAR}-06-30`,
      },
    });

    // What an earlier release let through.
    await sql(
      `UPDATE case_study SET stage = 'valueOf', evidence_level = 'toString',
         service_areas = '{ADULT_SOCIAL_CARE,__proto__,HOUSING}', technologies = '{constructor}' WHERE id = $1`,
      [badStudy],
    );
    await sql(
      `UPDATE component SET kind = '__proto__', maturity = 'toString', standards = '{UK_GDPR,valueOf,WCAG_2_2_AA}' WHERE id = $1`,
      [component],
    );
    await sql(`UPDATE component_adoption SET status = 'toString' WHERE id = $1`, [adoption]);
    await sql(
      `UPDATE supplier_experience SET value_band = 'toString', route_to_market = 'constructor' WHERE id = $1`,
      [experience],
    );
    await sql(
      `UPDATE procurement_group SET route = 'toString', visibility = 'valueOf', stage = 'hasOwnProperty' WHERE id = $1`,
      [group],
    );
    const goodBefore = await sql(`SELECT * FROM case_study WHERE id = $1`, [goodStudy]);

    expect(await repair()).toEqual(
      [
        `case_study:${badStudy}`,
        `component:${component}`,
        `procurement_group:${group}`,
        `supplier_experience:${experience}`,
      ].sort(),
    );

    expect(
      await sql(
        `SELECT stage, evidence_level, service_areas, technologies FROM case_study WHERE id = $1`,
        [badStudy],
      ),
    ).toEqual([
      {
        stage: 'IDEA',
        evidence_level: null,
        service_areas: ['ADULT_SOCIAL_CARE', 'HOUSING'],
        technologies: [],
      },
    ]);
    expect(await sql(`SELECT * FROM case_study WHERE id = $1`, [goodStudy])).toEqual(goodBefore);
    expect(
      await sql(`SELECT kind, maturity, standards, adoption_count FROM component WHERE id = $1`, [
        component,
      ]),
    ).toEqual([
      {
        kind: 'OPEN_SOURCE_SOFTWARE',
        maturity: 'ALPHA',
        standards: ['UK_GDPR', 'WCAG_2_2_AA'],
        adoption_count: 1,
      },
    ]);
    expect(await sql(`SELECT status FROM component_adoption WHERE id = $1`, [adoption])).toEqual([
      { status: 'EVALUATING' },
    ]);
    expect(
      await sql(
        `SELECT value_band, route_to_market, framework_name, framework_lot, status, moderator_message
           FROM supplier_experience WHERE id = $1`,
        [experience],
      ),
    ).toEqual([
      {
        value_band: 'UNDER_25K',
        route_to_market: 'OPEN_PROCEDURE',
        framework_name: null,
        framework_lot: null,
        status: 'CHANGES_REQUESTED',
        moderator_message: EXPERIENCE_REPAIR_MESSAGE,
      },
    ]);
    expect(
      await sql(
        `SELECT route, framework_name, framework_lot, visibility, stage FROM procurement_group WHERE id = $1`,
        [group],
      ),
    ).toEqual([
      {
        route: 'OPEN_PROCEDURE',
        framework_name: null,
        framework_lot: null,
        visibility: 'INVITE_ONLY',
        stage: 'FORMING',
      },
    ]);

    // Nothing left to repair: a second run changes and queues nothing.
    expect(await repair()).toEqual([]);
  });
});
