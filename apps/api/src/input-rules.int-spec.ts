import {
  errorCodeOf,
  problemFieldsOf,
  signInAll,
  type TestApp,
  type TestSession,
} from '@lgx/api/testing';

import { bootApiApp } from '../test/api-test-app';

/**
 * Issue 13, defects 1 and 6: a taxonomy or enum-like value is valid only when
 * it is an own key of its table (never toString, valueOf, constructor,
 * __proto__ ...), dates are real calendar dates, numbers are in a sensible
 * range. Each refusal is BAD_USER_INPUT naming the field, and stores nothing.
 */
const YEAR = new Date().getUTCFullYear() + 1;
const INHERITED = ['toString', 'valueOf', 'constructor', '__proto__', 'hasOwnProperty'];
const IMPOSSIBLE_DATES = ['2023-02-30', '2023-13-01', '2023-02-29', '0000-01-01'];

const START_GROUP = `mutation($input: ProcurementGroupInput!) { startProcurementGroup(input: $input) { id routeLabel stageLabel } }`;
const COMMIT = `mutation($id: ID!, $input: CommitmentInput!) { commitToGroup(id: $id, input: $input) { id } }`;
const GROUPS = `{ procurementGroups(first: 50) { totalCount edges { node { id route routeLabel visibility stage stageLabel } } } }`;
const CREATE_STUDY = `mutation($input: CaseStudyInput!) { createCaseStudy(input: $input) { id } }`;
const COUNCIL_STUDIES = `query($code: String!) { councilCaseStudies(councilCode: $code) { id stage { key label } evidenceLevel { key label } serviceAreas { key label } } }`;
const DIFF = `query($id: ID!, $to: Int!, $from: Int) { caseStudyDiff(id: $id, to: $to, from: $from) { field } }`;
const CREATE_COMPONENT = `mutation($input: ComponentInput!) { createComponent(input: $input) { id } }`;
const ADOPT = `mutation($id: ID!, $input: AdoptionInput!) { recordAdoption(componentId: $id, input: $input) { id } }`;
const PUBLISH_COMPONENT = `mutation($id: ID!) { publishComponent(id: $id) { id } }`;
const COUNCIL_COMPONENTS = `query($code: String!) { councilComponents(councilCode: $code) { maintains { id kind { key label } maturity { key label } standards { key label } } } }`;
const CREATE_SUPPLIER = `mutation($input: SupplierInput!) { createSupplier(input: $input) { id } }`;
const CREATE_EXPERIENCE = `mutation($input: SupplierExperienceInput!) { createSupplierExperience(input: $input) { id } }`;
const QUEUE = `{ supplierModerationQueue { submitted { id valueBand { key label } routeToMarket { key label } } } }`;

type Response = {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};

const groupInput = (extra: object = {}) => ({
  title: 'Shared digital assistant',
  need: 'A digital assistant that answers residents’ questions day and night.',
  cpvCode: '72000000-5',
  estimatedValuePerCouncil: '250k',
  estimatedTotalValue: '£1,000,000',
  desiredStart: `${YEAR}-09-01`,
  route: 'OPEN_PROCEDURE',
  minimumCouncils: 2,
  visibility: 'OPEN',
  interestClosesOn: `${YEAR}-06-30`,
  ...extra,
});
const studyInput = (extra: object = {}) => ({
  title: 'AI to assess adult social care needs',
  summary: 'Information in, assessment in seconds, a person checks it.',
  stage: 'PILOT',
  serviceAreas: ['ADULT_SOCIAL_CARE'],
  technologies: ['AI'],
  evidenceLevel: 'ESTIMATED',
  ...extra,
});
const componentInput = (extra: object = {}) => ({
  name: 'Data protection impact assessment template',
  kind: 'DOCUMENT_TEMPLATE',
  summary: 'A DPIA template for AI projects, with guidance notes.',
  licence: 'OGL-UK-3.0',
  maturity: 'LIVE',
  serviceAreas: ['DIGITAL_AND_IT'],
  standards: ['UK_GDPR'],
  ...extra,
});
const experienceInput = (supplierId: string, extra: object = {}) => ({
  supplierId,
  product: 'Case management system',
  cpvCode: '72000000-5',
  contractStart: '2022-04-01',
  contractEnd: `${YEAR}-03-31`,
  valueBand: 'FROM_500K_TO_2M',
  routeToMarket: 'OPEN_PROCEDURE',
  ratingDelivery: 4,
  ratingValueForMoney: 3,
  ratingSupport: 4,
  ratingInteroperability: 3,
  ratingExitAndDataPortability: 3,
  wouldBuyAgain: true,
  whatWorked: 'Delivery went to plan.',
  isCurrent: true,
  attribution: 'NAMED',
  ...extra,
});

describe('input rules: taxonomy values, calendar dates and number ranges', () => {
  let harness: TestApp;
  let derbyEditor: TestSession;
  let derbyOfficer: TestSession;
  let kentEditor: TestSession;
  let kentOfficer: TestSession;
  let moderator: TestSession;
  let supplierId: string;

  const count = async (table: string) =>
    Number((await harness.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  /** Sends `query` and expects BAD_USER_INPUT naming `field`, with no row added to any of `tables`. */
  const refused = async (
    session: TestSession,
    query: string,
    variables: Record<string, unknown>,
    field: string,
    tables: string[],
  ) => {
    const before = await Promise.all(tables.map(count));
    const response: Response = await session.graphql(query, variables);
    expect({ field, code: errorCodeOf(response), fields: problemFieldsOf(response) }).toEqual({
      field,
      code: 'BAD_USER_INPUT',
      fields: expect.arrayContaining([field]),
    });
    expect(response.errors?.[0]?.message).not.toMatch(/something went wrong|stack|TypeError/i);
    expect(await Promise.all(tables.map(count))).toEqual(before);
  };

  beforeAll(async () => {
    harness = await bootApiApp();
    ({ derbyEditor, derbyOfficer, kentEditor, kentOfficer, moderator } = await signInAll(
      harness,
      'derbyEditor',
      'derbyOfficer',
      'kentEditor',
      'kentOfficer',
      'moderator',
    ));
    const supplier = await derbyOfficer.graphql<{ createSupplier: { id: string } }>(
      CREATE_SUPPLIER,
      { input: { name: 'Input Rules Supplier Ltd' } },
    );
    if (!supplier.data) throw new Error(JSON.stringify(supplier.errors));
    supplierId = supplier.data.createSupplier.id;
  });
  afterAll(() => harness?.close());

  const GROUP_TABLES = ['procurement_group', 'procurement_group_member'];

  it('refuses a procurement group whose route or visibility is an inherited name, and stores nothing', async () => {
    for (const name of INHERITED) {
      await refused(
        derbyEditor,
        START_GROUP,
        { input: groupInput({ route: name }) },
        'route',
        GROUP_TABLES,
      );
      await refused(
        derbyEditor,
        START_GROUP,
        { input: groupInput({ visibility: name }) },
        'visibility',
        GROUP_TABLES,
      );
    }
    const list: Response = await kentOfficer.graphql(GROUPS);
    expect(list.errors).toBeUndefined();
  });

  it('refuses a case study with an inherited name as stage, evidence level or taxonomy term', async () => {
    for (const name of INHERITED) {
      await refused(
        derbyEditor,
        CREATE_STUDY,
        { input: studyInput({ stage: name, coAuthorCouncilCodes: ['KEN'] }) },
        'stage',
        ['case_study'],
      );
      await refused(
        derbyEditor,
        CREATE_STUDY,
        { input: studyInput({ evidenceLevel: name }) },
        'evidenceLevel',
        ['case_study'],
      );
      for (const field of ['serviceAreas', 'objectives', 'technologies'])
        await refused(
          derbyEditor,
          CREATE_STUDY,
          { input: studyInput({ [field]: [name] }) },
          field,
          ['case_study'],
        );
    }
    const page: Response = await kentOfficer.graphql(COUNCIL_STUDIES, { code: 'KEN' });
    expect(page.errors).toBeUndefined();
  });

  it('refuses a component with an inherited name as kind, maturity or taxonomy term', async () => {
    for (const name of INHERITED) {
      await refused(
        derbyEditor,
        CREATE_COMPONENT,
        { input: componentInput({ kind: name }) },
        'kind',
        ['component'],
      );
      await refused(
        derbyEditor,
        CREATE_COMPONENT,
        { input: componentInput({ maturity: name }) },
        'maturity',
        ['component'],
      );
      for (const field of ['serviceAreas', 'technologies', 'standards'])
        await refused(
          derbyEditor,
          CREATE_COMPONENT,
          { input: componentInput({ [field]: [name] }) },
          field,
          ['component'],
        );
    }
  });

  it('refuses a supplier experience with an inherited name as value band or route, and the queue still opens', async () => {
    for (const name of INHERITED) {
      await refused(
        derbyOfficer,
        CREATE_EXPERIENCE,
        { input: experienceInput(supplierId, { valueBand: name }) },
        'valueBand',
        ['supplier_experience'],
      );
      await refused(
        derbyOfficer,
        CREATE_EXPERIENCE,
        { input: experienceInput(supplierId, { routeToMarket: name }) },
        'routeToMarket',
        ['supplier_experience'],
      );
    }
    const queue: Response = await moderator.graphql(QUEUE);
    expect(queue.errors).toBeUndefined();
  });

  it('refuses impossible dates in every date field, naming it', async () => {
    for (const date of IMPOSSIBLE_DATES) {
      for (const field of ['desiredStart', 'interestClosesOn'])
        await refused(
          derbyEditor,
          START_GROUP,
          { input: groupInput({ [field]: date }) },
          field,
          GROUP_TABLES,
        );
      for (const field of ['startDate', 'endDate'])
        await refused(derbyEditor, CREATE_STUDY, { input: studyInput({ [field]: date }) }, field, [
          'case_study',
        ]);
      for (const field of ['contractStart', 'contractEnd'])
        await refused(
          derbyOfficer,
          CREATE_EXPERIENCE,
          { input: experienceInput(supplierId, { [field]: date }) },
          field,
          ['supplier_experience'],
        );
    }
  });

  it('refuses impossible dates in a commitment and an adoption', async () => {
    const group = await derbyEditor.graphql<{ startProcurementGroup: { id: string } }>(
      START_GROUP,
      {
        input: groupInput(),
      },
    );
    if (!group.data) throw new Error(JSON.stringify(group.errors));
    const component = await derbyEditor.graphql<{ createComponent: { id: string } }>(
      CREATE_COMPONENT,
      {
        input: componentInput({ name: 'Adoption date component' }),
      },
    );
    if (!component.data) throw new Error(JSON.stringify(component.errors));
    const published: Response = await derbyEditor.graphql(PUBLISH_COMPONENT, {
      id: component.data.createComponent.id,
    });
    expect(published.errors).toBeUndefined();
    const commitment = {
      volume: 40,
      volumeUnit: 'licences',
      estimatedValue: '250,000',
      earliestStart: `${YEAR}-09-01`,
      latestStart: `${YEAR}-12-01`,
    };
    for (const date of IMPOSSIBLE_DATES) {
      for (const field of ['earliestStart', 'latestStart'])
        await refused(
          derbyEditor,
          COMMIT,
          { id: group.data.startProcurementGroup.id, input: { ...commitment, [field]: date } },
          field,
          [],
        );
      for (const field of ['startedOn', 'stoppedOn'])
        await refused(
          kentEditor,
          ADOPT,
          {
            id: component.data.createComponent.id,
            input: {
              status: 'STOPPED',
              startedOn: '2022-01-01',
              stoppedOn: '2023-01-01',
              [field]: date,
            },
          },
          field,
          ['component_adoption'],
        );
    }
    const member = await harness.dataSource.query(
      `SELECT status FROM procurement_group_member WHERE group_id = $1 AND council_code = 'DER'`,
      [group.data.startProcurementGroup.id],
    );
    expect(member).toEqual([{ status: 'INTERESTED' }]);
  });

  it('refuses negative and absurdly large numbers and money with a message, never an internal error', async () => {
    const huge = ['2147483647m', '1e308', '99999999999999999999999', '100000000001', '-5'];
    for (const amount of huge)
      for (const field of ['investment', 'runningCostPerYear', 'cashableSavingsPerYear'])
        await refused(
          derbyEditor,
          CREATE_STUDY,
          { input: studyInput({ [field]: amount }) },
          field,
          ['case_study'],
        );
    for (const amount of huge)
      for (const field of ['estimatedValuePerCouncil', 'estimatedTotalValue'])
        await refused(
          derbyEditor,
          START_GROUP,
          {
            input: groupInput({
              estimatedValuePerCouncil: null,
              estimatedTotalValue: null,
              [field]: amount,
            }),
          },
          field,
          GROUP_TABLES,
        );
    for (const value of [-1, 2147483647, -2147483648])
      for (const field of ['hoursSavedPerYear', 'residentsAffected'])
        await refused(derbyEditor, CREATE_STUDY, { input: studyInput({ [field]: value }) }, field, [
          'case_study',
        ]);
    for (const value of [-1, 0, 1, 2147483647])
      await refused(
        derbyEditor,
        START_GROUP,
        { input: groupInput({ minimumCouncils: value }) },
        'minimumCouncils',
        GROUP_TABLES,
      );
    for (const value of [-1, 0, 6, 2147483647])
      await refused(
        derbyOfficer,
        CREATE_EXPERIENCE,
        { input: experienceInput(supplierId, { ratingSupport: value }) },
        'ratingSupport',
        ['supplier_experience'],
      );
    // A version number outside any stored range is a plain answer, not an integer overflow.
    const study = await derbyEditor.graphql<{ createCaseStudy: { id: string } }>(CREATE_STUDY, {
      input: studyInput({ title: 'Diff bounds' }),
    });
    if (!study.data) throw new Error(JSON.stringify(study.errors));
    for (const [to, from, code] of [
      [-2147483648, null, 'BAD_USER_INPUT'],
      [0, null, 'BAD_USER_INPUT'],
      [1, -2147483648, 'BAD_USER_INPUT'],
      [2147483647, null, 'NOT_FOUND'],
    ] as const) {
      const diff: Response = await derbyEditor.graphql(DIFF, {
        id: study.data.createCaseStudy.id,
        to,
        from,
      });
      expect({ to, from, code: errorCodeOf(diff) }).toEqual({ to, from, code });
    }
  });

  it('refuses the same values in a change, and the record stays as it was', async () => {
    const ids = {
      procurement_group: (
        await derbyEditor.graphql<{ startProcurementGroup: { id: string } }>(START_GROUP, {
          input: groupInput({ title: 'Change me' }),
        })
      ).data!.startProcurementGroup.id,
      case_study: (
        await derbyEditor.graphql<{ createCaseStudy: { id: string } }>(CREATE_STUDY, {
          input: studyInput({ title: 'Change me' }),
        })
      ).data!.createCaseStudy.id,
      component: (
        await derbyEditor.graphql<{ createComponent: { id: string } }>(CREATE_COMPONENT, {
          input: componentInput({ name: 'Change me' }),
        })
      ).data!.createComponent.id,
      supplier_experience: (
        await derbyOfficer.graphql<{ createSupplierExperience: { id: string } }>(
          CREATE_EXPERIENCE,
          { input: experienceInput(supplierId, { product: 'Change me' }) },
        )
      ).data!.createSupplierExperience.id,
    };
    const row = (table: keyof typeof ids) =>
      harness.dataSource.query(`SELECT * FROM ${table} WHERE id = $1`, [ids[table]]);
    const before = {
      procurement_group: await row('procurement_group'),
      case_study: await row('case_study'),
      component: await row('component'),
      supplier_experience: await row('supplier_experience'),
    };
    const changes: [TestSession, string, keyof typeof ids, Record<string, unknown>, string][] = [
      [
        derbyEditor,
        `mutation($id: ID!, $input: ProcurementGroupInput!) { updateProcurementGroup(id: $id, input: $input) { id } }`,
        'procurement_group',
        groupInput({ route: 'toString' }),
        'route',
      ],
      [
        derbyEditor,
        `mutation($id: ID!, $input: ProcurementGroupInput!) { updateProcurementGroup(id: $id, input: $input) { id } }`,
        'procurement_group',
        groupInput({ desiredStart: `${YEAR}-02-30` }),
        'desiredStart',
      ],
      [
        derbyEditor,
        `mutation($id: ID!, $input: CaseStudyInput!) { updateCaseStudy(id: $id, input: $input) { id } }`,
        'case_study',
        studyInput({ stage: 'valueOf' }),
        'stage',
      ],
      [
        derbyEditor,
        `mutation($id: ID!, $input: CaseStudyInput!) { updateCaseStudy(id: $id, input: $input) { id } }`,
        'case_study',
        studyInput({ residentsAffected: 2147483647 }),
        'residentsAffected',
      ],
      [
        derbyEditor,
        `mutation($id: ID!, $input: ComponentInput!) { updateComponent(id: $id, input: $input) { id } }`,
        'component',
        componentInput({ kind: '__proto__' }),
        'kind',
      ],
      [
        derbyOfficer,
        `mutation($id: ID!, $input: SupplierExperienceInput!) { updateSupplierExperience(id: $id, input: $input) { id } }`,
        'supplier_experience',
        experienceInput(supplierId, { valueBand: 'toString' }),
        'valueBand',
      ],
    ];
    for (const [session, mutation, table, input, field] of changes)
      await refused(session, mutation, { id: ids[table], input }, field, [table]);
    for (const table of Object.keys(ids) as (keyof typeof ids)[])
      expect(await row(table)).toEqual(before[table]);
  });

  it('shows rows already holding inherited names without failing: the group list, the queue and council pages', async () => {
    const group = await kentEditor.graphql<{ startProcurementGroup: { id: string } }>(START_GROUP, {
      input: groupInput({ title: 'Stored bad values' }),
    });
    const study = await kentEditor.graphql<{ createCaseStudy: { id: string } }>(CREATE_STUDY, {
      input: studyInput({ title: 'Stored bad values' }),
    });
    const component = await kentEditor.graphql<{ createComponent: { id: string } }>(
      CREATE_COMPONENT,
      {
        input: componentInput({ name: 'Stored bad values' }),
      },
    );
    const experience = await kentOfficer.graphql<{ createSupplierExperience: { id: string } }>(
      CREATE_EXPERIENCE,
      { input: experienceInput(supplierId, { product: 'Stored bad values' }) },
    );
    for (const response of [group, study, component, experience])
      if (!response.data) throw new Error(JSON.stringify(response.errors));
    // As an earlier release could store them.
    await harness.dataSource.query(
      `UPDATE procurement_group SET route = 'toString' WHERE id = $1`,
      [group.data!.startProcurementGroup.id],
    );
    await harness.dataSource.query(
      `UPDATE case_study SET stage = 'valueOf', evidence_level = 'constructor', service_areas = '{__proto__}' WHERE id = $1`,
      [study.data!.createCaseStudy.id],
    );
    await harness.dataSource.query(
      `UPDATE component SET kind = '__proto__', maturity = 'toString', standards = '{valueOf}' WHERE id = $1`,
      [component.data!.createComponent.id],
    );
    await harness.dataSource.query(
      `UPDATE supplier_experience SET value_band = 'toString', route_to_market = 'hasOwnProperty' WHERE id = $1`,
      [experience.data!.createSupplierExperience.id],
    );

    const list = await derbyOfficer.graphql<{
      procurementGroups: { edges: { node: { id: string; routeLabel: string | null } }[] };
    }>(GROUPS);
    expect(list.errors).toBeUndefined();
    const listed = list.data!.procurementGroups.edges.find(
      (edge) => edge.node.id === group.data!.startProcurementGroup.id,
    );
    expect(listed?.node).toMatchObject({ route: null, routeLabel: null });

    const studies: Response = await kentOfficer.graphql(COUNCIL_STUDIES, { code: 'KEN' });
    expect(studies.errors).toBeUndefined();
    const components: Response = await kentOfficer.graphql(COUNCIL_COMPONENTS, { code: 'KEN' });
    expect(components.errors).toBeUndefined();
    const queue: Response = await moderator.graphql(QUEUE);
    expect(queue.errors).toBeUndefined();
  });
});
