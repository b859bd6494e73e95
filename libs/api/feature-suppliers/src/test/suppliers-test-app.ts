import {
  bootFeatureAppWithMail,
  seedTestCouncils,
  signedIn,
  startTestMailbox,
  type TestApp,
  type TestSession,
} from '@lgx/api/testing';

import { SUPPLIER_ENTITIES, SuppliersModule } from '../suppliers.module';

export interface SuppliersTestApp extends TestApp {
  /** Raw messages a real SMTP server received, oldest first. */
  mail: () => string[];
}

/** The suppliers feature on its own app, with a real SMTP server catching its mail. */
export async function bootSuppliersApp(): Promise<SuppliersTestApp> {
  const mailbox = await startTestMailbox();
  const harness = await bootFeatureAppWithMail(mailbox, {
    imports: [SuppliersModule],
    entities: SUPPLIER_ENTITIES,
  });
  await seedTestCouncils(harness.dataSource);
  await seedMoreCouncils(harness);
  return {
    ...harness,
    mail: () => mailbox.all(),
    close: async () => {
      await harness.close();
      await mailbox.stop();
    },
  };
}

/** The suppliers app and the directory's usual people: an officer of Derby, and a moderator. */
export interface SuppliersDirectory {
  harness: SuppliersTestApp;
  officer: TestSession;
  moderator: TestSession;
}

/**
 * Call in a describe: boots the suppliers app and signs in its people before
 * all tests, closes it after all. The fields are set once the tests run.
 */
export function useSuppliersDirectory(): SuppliersDirectory {
  const directory = {} as SuppliersDirectory;
  beforeAll(async () => {
    directory.harness = await bootSuppliersApp();
    directory.officer = await signedIn(directory.harness, { council: 'DER' });
    directory.moderator = await signedIn(directory.harness, { platformRole: 'MODERATOR' });
  });
  afterAll(() => directory.harness?.close());
  return directory;
}

/**
 * Beside the harness's four, so that anonymised descriptions have councils to
 * hide among: with these, Stockport is one of 5 metropolitan boroughs in the
 * North West, and Derby, Nottingham, Kent, Surrey and Leicestershire are "a
 * council in England" (no type and region, nor type or region alone, has 5).
 */
export const MORE_COUNCILS = [
  ['BOL', 'Bolton', 'MD', 'North West'],
  ['OLD', 'Oldham', 'MD', 'North West'],
  ['RCH', 'Rochdale', 'MD', 'North West'],
  ['TRF', 'Trafford', 'MD', 'North West'],
  ['SRY', 'Surrey', 'CTY', 'South East'],
  ['LEC', 'Leicestershire', 'CTY', 'East Midlands'],
] as const;

async function seedMoreCouncils(harness: TestApp): Promise<void> {
  for (const [code, name, type, region] of MORE_COUNCILS)
    await harness.dataSource.query(
      `INSERT INTO council (code, official_name, nice_name, type_code, nation, region, is_current)
       VALUES ($1, $2, $2, $3, 'England', $4, true) ON CONFLICT (code) DO NOTHING`,
      [code, name, type, region],
    );
}

export const CREATE_SUPPLIER = `mutation($input: SupplierInput!) { createSupplier(input: $input) { id name companyNumber categories { code label } } }`;
export const CREATE_EXPERIENCE = `mutation($input: SupplierExperienceInput!) { createSupplierExperience(input: $input) { id status attributedTo council { code } } }`;
export const GET_EXPERIENCE = `query($id: ID!) { supplierExperience(id: $id) { id status attribution attributedTo region councilTypeName council { code name } supplierName product category { code } moderatorMessage canEdit } }`;
export const PUBLISH = `mutation($id: ID!) { publishSupplierExperience(id: $id) { id status } }`;

export const errorCode = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

export const fieldsOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  ((response.errors?.[0]?.extensions?.['fields'] as { field: string }[] | undefined) ?? []).map(
    (problem) => problem.field,
  );

export const experienceInput = (supplierId: string, extra: object = {}) => ({
  supplierId,
  product: 'Revenues and benefits system',
  cpvCode: '48000000-8',
  contractStart: '2021-04-01',
  contractEnd: '2026-03-31',
  extensionOptions: 'Two one-year extensions',
  valueBand: 'FROM_500K_TO_2M',
  routeToMarket: 'FRAMEWORK_FURTHER_COMPETITION',
  frameworkName: 'G-Cloud 14',
  frameworkLot: 'Lot 2: cloud software',
  ratingDelivery: 4,
  ratingValueForMoney: 3,
  ratingSupport: 4,
  ratingInteroperability: 2,
  ratingExitAndDataPortability: 2,
  wouldBuyAgain: true,
  whatWorked: 'Migration went to plan.',
  whatDidNotWork: 'Reports need a paid add-on.',
  advice: 'Ask for the data export format in the contract.',
  isCurrent: true,
  attribution: 'NAMED',
  ...extra,
});

/** A supplier added by a fresh officer of Kent. */
export async function newSupplier(harness: TestApp, name: string, extra: object = {}) {
  const officer = await signedIn(harness, { council: 'KEN' });
  const created = await officer.graphql<{ createSupplier: { id: string } }>(CREATE_SUPPLIER, {
    input: { name, ...extra },
  });
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  return created.data.createSupplier.id;
}

/** An experience written by `author` and, unless told otherwise, published by `moderator`. */
export async function experience(
  author: TestSession,
  moderator: TestSession | null,
  supplierId: string,
  extra: object = {},
): Promise<string> {
  const created = await author.graphql<{ createSupplierExperience: { id: string } }>(
    CREATE_EXPERIENCE,
    { input: experienceInput(supplierId, extra) },
  );
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const id = created.data.createSupplierExperience.id;
  if (moderator) {
    const published = await moderator.graphql(PUBLISH, { id });
    if (published.errors) throw new Error(JSON.stringify(published.errors));
  }
  return id;
}
