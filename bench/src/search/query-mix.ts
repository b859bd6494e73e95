import type { SortKey } from '@lgx/api/core/search';
import type { ContentTypeKey } from '@lgx/api/feature-discovery';

/** One search as a person makes it in the web app: words, and the filters they chose. */
export interface MixQuery {
  kind: 'words' | 'typo' | 'jargon' | 'facets' | 'near' | 'like' | 'browse';
  query: string;
  types?: ContentTypeKey[];
  facets?: { attribute: string; values: string[] }[];
  nearCouncil?: { councilCode: string; withinKm: number };
  likeCouncil?: string;
  sort?: SortKey;
}

const words = (query: string): MixQuery => ({ kind: 'words', query });
const typo = (query: string): MixQuery => ({ kind: 'typo', query });
const jargon = (query: string): MixQuery => ({ kind: 'jargon', query });

/**
 * The query mix: typical words, typos, council jargon, facet filters, "near
 * my council" and "councils like mine". Each is sent as a visitor and as a
 * Derby officer, in turn.
 */
export const QUERY_MIX: MixQuery[] = [
  words('chatbot'),
  words('care needs assessments'),
  words('bin collection rounds'),
  words('council tax'),
  words('housing repairs'),
  words('damp and mould'),
  words('planning applications'),
  words('digital assistant'),
  words('predictive analytics'),
  words('parking permits'),
  words('hospital discharge'),
  words('route optimisation'),
  words('open dataset'),
  words('data sharing agreement'),
  words('generative AI'),
  words('contact centre calls'),
  typo('planing aplications'),
  typo('chatbto'),
  typo('socail care'),
  typo('recyling'),
  typo('homelesness'),
  typo('tellecare'),
  typo('safegaurding'),
  typo('assesments'),
  typo('pothole reprots'),
  jargon('ASC'),
  jargon('SEND'),
  jargon('EHCP'),
  jargon('RPA'),
  jargon('bins'),
  jargon('planning apps'),
  jargon('DFG'),
  jargon('HMO'),
  jargon('NNDR'),
  jargon('revs and bens'),
  jargon('UPRN'),
  jargon('DPIA'),
  jargon('TEC'),
  jargon('genai'),
  jargon('G-Cloud'),
  jargon('co-procurement'),
  {
    kind: 'facets',
    query: 'assessment',
    types: ['CASE_STUDY'],
    facets: [{ attribute: 'serviceAreas', values: ['Adult social care'] }],
  },
  {
    kind: 'facets',
    query: '',
    types: ['CASE_STUDY'],
    facets: [{ attribute: 'technologies', values: ['Automation (RPA and workflow)'] }],
    sort: 'LARGEST_SAVINGS',
  },
  {
    kind: 'facets',
    query: 'AI',
    types: ['CASE_STUDY'],
    facets: [
      { attribute: 'stage', values: ['Live', 'Scaled'] },
      { attribute: 'evidenceLevel', values: ['Independently evaluated'] },
    ],
  },
  {
    kind: 'facets',
    query: 'case management',
    types: ['SUPPLIER_EXPERIENCE'],
    facets: [{ attribute: 'ratingBand', values: ['1 to 2 stars', '2 to 3 stars'] }],
  },
  {
    kind: 'facets',
    query: 'CRM',
    types: ['SUPPLIER_EXPERIENCE'],
    facets: [{ attribute: 'routeToMarket', values: ['Framework: direct award'] }],
  },
  {
    kind: 'facets',
    query: 'template',
    types: ['COMPONENT'],
    facets: [{ attribute: 'licence', values: ['OGL-UK-3.0'] }],
    sort: 'MOST_ADOPTED',
  },
  {
    kind: 'facets',
    query: 'housing',
    facets: [{ attribute: 'region', values: ['North West'] }],
  },
  {
    kind: 'facets',
    query: '',
    types: ['PROCUREMENT_GROUP'],
    facets: [{ attribute: 'stage', values: ['Forming', 'Specifying'] }],
  },
  {
    kind: 'facets',
    query: 'waste',
    facets: [{ attribute: 'serviceAreas', values: ['Waste and recycling'] }],
  },
  { kind: 'facets', query: 'chatbot', types: ['CASE_STUDY'], sort: 'NEWEST' },
  {
    kind: 'near',
    query: 'adult social care',
    nearCouncil: { councilCode: 'DER', withinKm: 50 },
  },
  {
    kind: 'near',
    query: '',
    types: ['CASE_STUDY'],
    nearCouncil: { councilCode: 'KEN', withinKm: 30 },
  },
  { kind: 'near', query: 'waste', nearCouncil: { councilCode: 'SKP', withinKm: 25 } },
  { kind: 'like', query: 'chatbot', likeCouncil: 'DER' },
  { kind: 'like', query: '', types: ['CASE_STUDY'], likeCouncil: 'SKP' },
  { kind: 'like', query: 'housing repairs', likeCouncil: 'KEN' },
  { kind: 'browse', query: '' },
];
