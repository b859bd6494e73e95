/**
 * What a reusable component is, how mature, and what it supports. Keys are
 * stable identifiers stored with records; labels are for people.
 */
export const COMPONENT_KINDS = Object.freeze({
  OPEN_SOURCE_SOFTWARE: 'Open-source software',
  SERVICE_PATTERN: 'Service pattern',
  DOCUMENT_TEMPLATE: 'Document template (DPIA, business case, specification)',
  API: 'API',
  DATASET: 'Dataset',
  DESIGN_OR_RESEARCH: 'Design or research',
} as const);
export type ComponentKind = keyof typeof COMPONENT_KINDS;

export const COMPONENT_MATURITIES = Object.freeze({
  ALPHA: 'Alpha',
  BETA: 'Beta',
  LIVE: 'Live',
  DEPRECATED: 'Deprecated',
  RETIRED: 'Retired',
} as const);
export type ComponentMaturity = keyof typeof COMPONENT_MATURITIES;

/** Standards and regulations a component can say it helps meet. */
export const COMPONENT_STANDARDS = Object.freeze({
  WCAG_2_2_AA: 'WCAG 2.2 AA',
  PSBAR: 'Public Sector Bodies Accessibility Regulations 2018',
  UK_GDPR: 'UK GDPR and the Data Protection Act 2018',
  GDS_SERVICE_STANDARD: 'GDS Service Standard',
  TECHNOLOGY_CODE_OF_PRACTICE: 'Technology Code of Practice',
  GOVUK_DESIGN_SYSTEM: 'GOV.UK Design System',
  CYBER_ESSENTIALS: 'Cyber Essentials',
  ISO_27001: 'ISO/IEC 27001',
  OPEN_API: 'OpenAPI',
  OPEN_REFERRAL_UK: 'Open Referral UK',
  BS7666: 'BS 7666 (addresses)',
  LOCAL_GOV_DRUPAL: 'LocalGov Drupal',
} as const);
export type ComponentStandard = keyof typeof COMPONENT_STANDARDS;

/** How a council uses a component. */
export const ADOPTION_STATUSES = Object.freeze({
  EVALUATING: 'Evaluating',
  IN_USE: 'In use',
  STOPPED: 'Stopped using',
} as const);
export type AdoptionStatus = keyof typeof ADOPTION_STATUSES;

/** publiccode.yml `developmentStatus` to our maturity. */
export const MATURITY_FROM_DEVELOPMENT_STATUS: Readonly<Record<string, ComponentMaturity>> =
  Object.freeze({
    concept: 'ALPHA',
    development: 'ALPHA',
    beta: 'BETA',
    stable: 'LIVE',
    obsolete: 'RETIRED',
  });
