/** Records of every visibility, made through the API as people make them, for the feeds and the home page. */
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { SearchIndexer } from '@lgx/api/core/search';
import { ContractImportService } from '@lgx/api/feature-contracts';
import { signedIn, type TestApp, type TestSession } from '@lgx/api/testing';

import { generatedRelease } from './public-contracts';

const YEAR = new Date().getUTCFullYear() + 1;

const MUTATIONS = {
  createCaseStudy: `mutation($input: CaseStudyInput!) { createCaseStudy(input: $input) { id } }`,
  publishCaseStudy: `mutation($id: ID!) { publishCaseStudy(id: $id) { id } }`,
  submitCaseStudyForReview: `mutation($id: ID!) { submitCaseStudyForReview(id: $id) { id } }`,
  createComponent: `mutation($input: ComponentInput!) { createComponent(input: $input) { id } }`,
  publishComponent: `mutation($id: ID!) { publishComponent(id: $id) { id } }`,
  unpublishComponent: `mutation($id: ID!) { unpublishComponent(id: $id) { id } }`,
  createSupplier: `mutation($input: SupplierInput!) { createSupplier(input: $input) { id } }`,
  createSupplierExperience: `mutation($input: SupplierExperienceInput!) { createSupplierExperience(input: $input) { id } }`,
  publishSupplierExperience: `mutation($id: ID!) { publishSupplierExperience(id: $id) { id } }`,
  startProcurementGroup: `mutation($input: ProcurementGroupInput!) { startProcurementGroup(input: $input) { id } }`,
} as const;

/** Runs one mutation and answers the id it made, or fails the test with the errors. */
export async function made(
  session: TestSession,
  mutation: keyof typeof MUTATIONS,
  variables: Record<string, unknown>,
): Promise<string> {
  const response = await session.graphql<Record<string, { id: string }>>(
    MUTATIONS[mutation],
    variables,
  );
  if (!response.data?.[mutation])
    throw new Error(`${mutation}: ${JSON.stringify(response.errors)}`);
  return response.data[mutation].id;
}

export const caseStudyInput = (title: string) => ({
  title,
  summary: `${title}: what was done, what it cost and what it saved.`,
  challenge: 'Residents waited too long.',
  whatWasDone: 'Built it with residents.',
  stage: 'LIVE',
  serviceAreas: ['ADULT_SOCIAL_CARE'],
  technologies: ['AI'],
});

export const componentInput = (name: string) => ({
  name,
  kind: 'DOCUMENT_TEMPLATE',
  summary: `${name}, shared by its council.`,
  licence: 'OGL-UK-3.0',
  maturity: 'LIVE',
  standards: ['UK_GDPR'],
});

const groupInput = (title: string, visibility: 'OPEN' | 'INVITE_ONLY') => ({
  title,
  need: 'A shared need.',
  cpvCode: '72000000-5',
  desiredStart: `${YEAR}-09-01`,
  route: 'NEW_FRAMEWORK',
  minimumCouncils: 2,
  visibility,
  interestClosesOn: `${YEAR}-06-30`,
});

async function supplierExperience(harness: TestApp, officer: TestSession, word: string) {
  const moderator = await signedIn(harness, { platformRole: 'MODERATOR' });
  const supplierId = await made(officer, 'createSupplier', {
    input: { name: `${word} Supplier Ltd` },
  });
  const id = await made(officer, 'createSupplierExperience', {
    input: {
      supplierId,
      product: `${word} case management`,
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
      whatWorked: `${word} delivery went to plan.`,
      isCurrent: true,
      attribution: 'NAMED',
    },
  });
  await made(moderator, 'publishSupplierExperience', { id });
}

/** Imports one public contract of Derby's, with this title, as the contracts import does. */
export async function importContract(harness: TestApp, ocid: string, title: string, date: string) {
  const file = path.join(tmpdir(), `lgx-front-door-${ocid}.jsonl`);
  const release = generatedRelease({
    ocid,
    date,
    buyer: { name: 'Derby City Council', councilCode: 'DER' },
  });
  const body = { ...release, tender: { id: 'tender', title } };
  await writeFile(file, JSON.stringify(body));
  const report = await harness.app.get(ContractImportService).importFile(file);
  if (report.refusedCount > 0 || report.fileError)
    throw new Error(`Contract refused: ${JSON.stringify(report.refused)} ${report.fileError}`);
}

export interface ContentOfEveryVisibility {
  /** Titles anyone may see. */
  public: string[];
  /** Titles only some signed-in people may see: drafts, officers-only and private records. */
  notPublic: string[];
  /** Derby's editor, who sees Derby's drafts and its private group. */
  derbyEditor: TestSession;
}

/**
 * Derby shares, each title starting with `word`: a published case study and
 * component and a public contract (public); a draft case study, one in
 * review, a draft component, one published then withdrawn (dated, yet only
 * Derby's), a published supplier experience (officers only),
 * an open procurement group (officers only) and an invite-only one (its members).
 */
export async function contentOfEveryVisibility(
  harness: TestApp,
  word: string,
): Promise<ContentOfEveryVisibility> {
  const editor = await signedIn(harness, { council: 'DER', role: 'EDITOR' });
  const officer = await signedIn(harness, { council: 'DER' });
  const study = async (title: string, then?: 'publishCaseStudy' | 'submitCaseStudyForReview') => {
    const id = await made(editor, 'createCaseStudy', { input: caseStudyInput(title) });
    if (then) await made(editor, then, { id });
  };
  await study(`${word} draft case study`);
  await study(`${word} case study in review`, 'submitCaseStudyForReview');
  await study(`${word} published case study`, 'publishCaseStudy');
  await made(editor, 'createComponent', { input: componentInput(`${word} draft component`) });
  const component = await made(editor, 'createComponent', {
    input: componentInput(`${word} published component`),
  });
  await made(editor, 'publishComponent', { id: component });
  // Published once, so dated, then back to a draft only Derby sees.
  const withdrawn = await made(editor, 'createComponent', {
    input: componentInput(`${word} withdrawn component`),
  });
  await made(editor, 'publishComponent', { id: withdrawn });
  await made(editor, 'unpublishComponent', { id: withdrawn });
  await supplierExperience(harness, officer, word);
  for (const visibility of ['OPEN', 'INVITE_ONLY'] as const)
    await made(editor, 'startProcurementGroup', {
      input: groupInput(`${word} ${visibility.toLowerCase()} group`, visibility),
    });
  await importContract(
    harness,
    `ocds-${word.toLowerCase()}-1`,
    `${word} public contract`,
    '2025-01-15T10:00:00Z',
  );
  await harness.app.get(SearchIndexer).settle();
  return {
    public: [
      `${word} published case study`,
      `${word} published component`,
      `${word} public contract`,
    ],
    notPublic: [
      `${word} draft case study`,
      `${word} case study in review`,
      `${word} draft component`,
      `${word} withdrawn component`,
      `${word} Supplier Ltd`,
      `${word} open group`,
      `${word} invite_only group`,
    ],
    derbyEditor: editor,
  };
}
