import type { CaseStudyStatus } from '@lgx/api/feature-case-studies';
import type {
  CaseStudyStage,
  ComponentKind,
  ComponentMaturity,
  ComponentStandard,
  ContractValueBand,
  EvidenceLevel,
  GroupStage,
  ProcurementRoute,
  RouteToMarket,
  StrategicObjective,
} from '@lgx/shared/domain';

/** Facet values, most common first. */

/** Keys of the shared taxonomies (libs/shared/domain), with weights: a few common, a long tail. */
export const OBJECTIVE_WEIGHTS: [StrategicObjective, number][] = [
  ['EFFICIENCY', 30],
  ['RESIDENT_EXPERIENCE', 22],
  ['PREVENTION', 15],
  ['WORKFORCE', 9],
  ['NET_ZERO', 8],
  ['INCLUSION', 7],
  ['ECONOMIC_GROWTH', 5],
  ['REGENERATION', 4],
];

/** Most case studies are live; some were stopped, and say why. */
export const STAGE_WEIGHTS: [CaseStudyStage, number][] = [
  ['LIVE', 40],
  ['PILOT', 22],
  ['SCALED', 12],
  ['DISCOVERY', 10],
  ['IDEA', 8],
  ['STOPPED', 8],
];

export const EVIDENCE_WEIGHTS: [EvidenceLevel, number][] = [
  ['ESTIMATED', 45],
  ['MEASURED_INTERNALLY', 42],
  ['INDEPENDENTLY_EVALUATED', 13],
];

/** Mostly published; drafts and those in review are visible to their councils only. */
export const STATUS_WEIGHTS: [CaseStudyStatus, number][] = [
  ['PUBLISHED', 90],
  ['DRAFT', 6],
  ['IN_REVIEW', 3],
  ['ARCHIVED', 1],
];

/**
 * What components are, as their authors would name them, most common first,
 * with the feature's kind (COMPONENT_KINDS) each is filed under: several
 * document templates share one kind.
 */
export const COMPONENT_CATEGORIES: [string, ComponentKind][] = [
  ['Template', 'DOCUMENT_TEMPLATE'],
  ['Open-source code', 'OPEN_SOURCE_SOFTWARE'],
  ['Service pattern', 'SERVICE_PATTERN'],
  ['API', 'API'],
  ['Dataset', 'DATASET'],
  ['Business case', 'DOCUMENT_TEMPLATE'],
  ['Specification', 'DOCUMENT_TEMPLATE'],
  ['Data sharing agreement', 'DOCUMENT_TEMPLATE'],
  ['DPIA', 'DOCUMENT_TEMPLATE'],
  ['Training material', 'DESIGN_OR_RESEARCH'],
];

/** SPDX licence expressions; a proprietary licence is a LicenseRef, as SPDX writes it. */
export const LICENCES: [string, number][] = [
  ['OGL-UK-3.0', 30],
  ['MIT', 25],
  ['Apache-2.0', 12],
  ['CC-BY-4.0', 10],
  ['GPL-3.0-or-later', 7],
  ['AGPL-3.0-or-later', 5],
  ['EUPL-1.2', 3],
  ['LicenseRef-Proprietary', 8],
];

export const MATURITIES: [ComponentMaturity, number][] = [
  ['LIVE', 35],
  ['BETA', 30],
  ['ALPHA', 28],
  ['DEPRECATED', 5],
  ['RETIRED', 2],
];

/** Standards a component says it helps meet, most claimed first. */
export const STANDARDS: ComponentStandard[] = [
  'WCAG_2_2_AA',
  'UK_GDPR',
  'GOVUK_DESIGN_SYSTEM',
  'GDS_SERVICE_STANDARD',
  'OPEN_API',
  'TECHNOLOGY_CODE_OF_PRACTICE',
  'PSBAR',
  'CYBER_ESSENTIALS',
  'BS7666',
  'OPEN_REFERRAL_UK',
  'ISO_27001',
  'LOCAL_GOV_DRUPAL',
];

/** How a contract was bought, most common first: the route, the framework if any, and how officers say it. */
export const ROUTES_TO_MARKET: {
  route: RouteToMarket;
  framework: string | null;
  phrase: string;
}[] = [
  { route: 'FRAMEWORK_DIRECT_AWARD', framework: 'G-Cloud 14', phrase: 'G-Cloud' },
  {
    route: 'FRAMEWORK_FURTHER_COMPETITION',
    framework: 'Crown Commercial Service Technology Services 3',
    phrase: 'a Crown Commercial Service framework',
  },
  { route: 'OPEN_PROCEDURE', framework: null, phrase: 'an open tender' },
  {
    route: 'FRAMEWORK_FURTHER_COMPETITION',
    framework: 'ESPO Software Solutions',
    phrase: 'a further competition on the ESPO framework',
  },
  { route: 'RESTRICTED_PROCEDURE', framework: null, phrase: 'a restricted procedure' },
  {
    route: 'FRAMEWORK_FURTHER_COMPETITION',
    framework: 'YPO ICT Solutions',
    phrase: 'the YPO framework',
  },
  { route: 'DIRECT_AWARD', framework: null, phrase: 'a direct award' },
  {
    route: 'FRAMEWORK_DIRECT_AWARD',
    framework: 'NEPO Digital Services',
    phrase: 'the NEPO framework',
  },
  { route: 'BELOW_THRESHOLD', framework: null, phrase: 'a request for quotation' },
  {
    route: 'COMPETITIVE_FLEXIBLE',
    framework: null,
    phrase: 'a competitive flexible procedure',
  },
];

/** Whole-life contract values, most common first. */
export const VALUE_BANDS: ContractValueBand[] = [
  'FROM_100K_TO_500K',
  'FROM_25K_TO_100K',
  'UNDER_25K',
  'FROM_500K_TO_2M',
  'FROM_2M_TO_10M',
  'OVER_10M',
];

export const GROUP_STAGE_WEIGHTS: [GroupStage, number][] = [
  ['FORMING', 35],
  ['SPECIFYING', 22],
  ['MARKET_ENGAGEMENT', 12],
  ['TENDERING', 10],
  ['AWARDED', 12],
  ['CLOSED', 5],
  ['ABANDONED', 4],
];

export const GROUP_ROUTE_WEIGHTS: [ProcurementRoute, number][] = [
  ['EXISTING_FRAMEWORK', 50],
  ['OPEN_PROCEDURE', 25],
  ['NEW_FRAMEWORK', 15],
  ['DYNAMIC_MARKET', 10],
];
