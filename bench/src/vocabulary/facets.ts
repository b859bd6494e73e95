import type { CaseStudyStatus } from '@lgx/api/feature-case-studies';
import type { CaseStudyStage, EvidenceLevel, StrategicObjective } from '@lgx/shared/domain';

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

export const COMPONENT_CATEGORIES = [
  'Template',
  'Open-source code',
  'Service pattern',
  'API',
  'Dataset',
  'Business case',
  'Specification',
  'Data sharing agreement',
  'DPIA',
  'Training material',
];

export const LICENCES: [string, number][] = [
  ['OGL-UK-3.0', 30],
  ['MIT', 25],
  ['Apache-2.0', 12],
  ['CC-BY-4.0', 10],
  ['GPL-3.0-or-later', 7],
  ['AGPL-3.0-or-later', 5],
  ['EUPL-1.2', 3],
  ['Proprietary', 8],
];

export const MATURITIES: [string, number][] = [
  ['Stable', 35],
  ['Beta', 30],
  ['Alpha', 18],
  ['Concept', 10],
  ['Deprecated', 7],
];

export const ROUTES_TO_MARKET = [
  'G-Cloud',
  'Crown Commercial Service framework',
  'Open tender',
  'Further competition',
  'Dynamic purchasing system',
  'ESPO framework',
  'YPO framework',
  'Direct award',
  'NEPO framework',
  'Request for quotation',
];

export const RATING_BANDS = ['Poor', 'Fair', 'Good', 'Excellent'];

export const VALUE_BANDS = [
  'Under £25k',
  '£25k to £100k',
  '£100k to £500k',
  '£500k to £2m',
  'Over £2m',
];

export const GROUP_STAGES: [string, number][] = [
  ['Gathering interest', 30],
  ['Pooling demand', 25],
  ['Agreeing a specification', 18],
  ['Out to market', 10],
  ['Contract awarded', 12],
  ['Closed', 5],
];
