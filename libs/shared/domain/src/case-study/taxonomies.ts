/**
 * Taxonomies for describing what councils did, kept as data. Keys are
 * stable identifiers stored with records; labels are for people. Service
 * areas follow the broad headings of the LGA/ESD service list.
 */
export const SERVICE_AREAS = Object.freeze({
  ADULT_SOCIAL_CARE: 'Adult social care',
  CHILDRENS_SERVICES: "Children's services",
  EDUCATION_AND_SEND: 'Education and SEND',
  PUBLIC_HEALTH: 'Public health',
  HOUSING: 'Housing and homelessness',
  PLANNING: 'Planning and building control',
  WASTE: 'Waste and recycling',
  HIGHWAYS_AND_TRANSPORT: 'Highways and transport',
  ENVIRONMENT: 'Environment and climate',
  ECONOMIC_DEVELOPMENT: 'Economic development and regeneration',
  REVENUES_AND_BENEFITS: 'Revenues and benefits',
  CUSTOMER_SERVICES: 'Customer services',
  COMMUNITY_SAFETY: 'Community safety and licensing',
  CULTURE_AND_LEISURE: 'Culture, libraries and leisure',
  CORPORATE_SERVICES: 'Corporate services (HR, finance, legal)',
  DIGITAL_AND_IT: 'Digital, data and IT',
  PROCUREMENT: 'Procurement and contracts',
  GOVERNANCE: 'Democracy and governance',
} as const);

export const STRATEGIC_OBJECTIVES = Object.freeze({
  EFFICIENCY: 'Efficiency and productivity',
  PREVENTION: 'Prevention and early help',
  ECONOMIC_GROWTH: 'Economic growth',
  REGENERATION: 'Regeneration',
  NET_ZERO: 'Net zero',
  RESIDENT_EXPERIENCE: 'Resident experience',
  WORKFORCE: 'Workforce and skills',
  INCLUSION: 'Inclusion and equality',
} as const);

export const TECHNOLOGIES = Object.freeze({
  AI: 'AI and machine learning',
  GENERATIVE_AI: 'Generative AI',
  AUTOMATION: 'Automation (RPA and workflow)',
  DIGITAL_ASSISTANTS: 'Digital assistants and chatbots',
  DATA_AND_ANALYTICS: 'Data and analytics',
  CLOUD: 'Cloud',
  IOT_AND_SENSORS: 'IoT and sensors',
  LOW_CODE: 'Low-code',
  CONNECTIVITY: 'Connectivity (fibre, 5G, LoRaWAN)',
  OPEN_SOURCE: 'Open source',
  GIS: 'Mapping and GIS',
} as const);

export const CASE_STUDY_STAGES = Object.freeze({
  IDEA: 'Idea',
  DISCOVERY: 'Discovery',
  PILOT: 'Pilot',
  LIVE: 'Live',
  SCALED: 'Scaled',
  STOPPED: 'Stopped',
} as const);

export const EVIDENCE_LEVELS = Object.freeze({
  ESTIMATED: 'Estimated',
  MEASURED_INTERNALLY: 'Measured internally',
  INDEPENDENTLY_EVALUATED: 'Independently evaluated',
} as const);

export type ServiceArea = keyof typeof SERVICE_AREAS;
export type StrategicObjective = keyof typeof STRATEGIC_OBJECTIVES;
export type Technology = keyof typeof TECHNOLOGIES;
export type CaseStudyStage = keyof typeof CASE_STUDY_STAGES;
export type EvidenceLevel = keyof typeof EVIDENCE_LEVELS;

/** The Open Government Licence v3.0, the default for published text. */
export const DEFAULT_LICENCE = 'OGL-UK-3.0';
