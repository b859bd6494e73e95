/**
 * Council vocabulary for search: each entry is a set of words and phrases
 * that mean the same to an officer. Kept as data; the search index turns it
 * into Meilisearch synonyms (every term finds the others).
 */
export const COUNCIL_GLOSSARY: readonly (readonly string[])[] = [
  ['asc', 'adult social care', 'adults social care'],
  ['csc', "children's social care", 'childrens social care', 'children social care'],
  ['send', 'special educational needs and disabilities', 'special educational needs'],
  ['ehcp', 'education health and care plan', 'education, health and care plan'],
  ['sen', 'special educational needs'],
  ['rpa', 'robotic process automation'],
  ['ai', 'artificial intelligence'],
  ['genai', 'generative ai', 'gen ai', 'llm', 'large language model'],
  ['llm', 'large language model', 'generative ai'],
  ['ml', 'machine learning'],
  ['nlp', 'natural language processing'],
  ['chatbot', 'digital assistant', 'virtual assistant', 'conversational ai'],
  ['bins', 'waste collection', 'refuse collection', 'bin collection'],
  ['fly tipping', 'fly-tipping', 'illegal dumping'],
  ['planning apps', 'planning applications', 'planning application'],
  ['bops', 'back office planning system'],
  ['lpa', 'local planning authority'],
  ['dpia', 'data protection impact assessment'],
  ['dsa', 'data sharing agreement', 'information sharing agreement'],
  ['isa', 'information sharing agreement'],
  ['ig', 'information governance'],
  ['gdpr', 'uk gdpr', 'general data protection regulation', 'data protection'],
  ['foi', 'freedom of information'],
  ['sar', 'subject access request'],
  ['crm', 'customer relationship management'],
  ['erp', 'enterprise resource planning'],
  ['hr', 'human resources'],
  ['ict', 'it', 'information technology'],
  ['iot', 'internet of things', 'sensors'],
  ['lora', 'lorawan'],
  ['ev', 'electric vehicle', 'electric vehicles'],
  ['ev charging', 'electric vehicle charging', 'charge points', 'chargepoints'],
  ['net zero', 'carbon reduction', 'decarbonisation', 'decarbonization'],
  ['retrofit', 'home energy efficiency', 'insulation'],
  ['hmo', 'house in multiple occupation', 'houses in multiple occupation'],
  ['dfg', 'disabled facilities grant', 'disabled facilities grants'],
  ['ctr', 'council tax reduction', 'council tax support'],
  ['nndr', 'business rates', 'non-domestic rates'],
  ['hb', 'housing benefit'],
  ['uc', 'universal credit'],
  ['homelessness', 'rough sleeping', 'temporary accommodation'],
  ['ta', 'temporary accommodation'],
  ['ppe', 'personal protective equipment'],
  ['tec', 'technology enabled care', 'telecare', 'assistive technology'],
  ['telecare', 'technology enabled care', 'care technology'],
  ['dols', 'deprivation of liberty safeguards', 'liberty protection safeguards'],
  ['safeguarding', 'adult safeguarding', 'child protection'],
  ['lac', 'looked after children', 'children in care'],
  ['care leavers', 'leaving care'],
  ['ccg', 'clinical commissioning group', 'icb', 'integrated care board'],
  ['ics', 'integrated care system'],
  ['nhs', 'national health service', 'health service'],
  ['cpv', 'common procurement vocabulary'],
  ['itt', 'invitation to tender', 'tender'],
  ['rfq', 'request for quotation'],
  ['dps', 'dynamic purchasing system', 'dynamic market'],
  ['g-cloud', 'gcloud', 'g cloud'],
  ['ccs', 'crown commercial service'],
  ['sme', 'small and medium enterprises', 'small business'],
  ['saas', 'software as a service', 'cloud software'],
  ['api', 'application programming interface', 'apis'],
  ['open source', 'open-source', 'oss'],
  ['low code', 'low-code', 'no code', 'no-code'],
  ['m365', 'microsoft 365', 'office 365', 'o365'],
  ['power bi', 'powerbi', 'dashboards'],
  ['gis', 'geographic information system', 'mapping'],
  ['llpg', 'local land and property gazetteer', 'address gazetteer'],
  ['uprn', 'unique property reference number'],
  ['cctv', 'closed circuit television'],
  ['asb', 'anti-social behaviour', 'antisocial behaviour'],
  ['highways', 'roads', 'potholes'],
  ['parking', 'parking enforcement', 'parking permits'],
  ['libraries', 'library services'],
  ['leisure', 'leisure centres', 'sport and leisure'],
  ['revs and bens', 'revenues and benefits'],
  ['contact centre', 'call centre', 'customer services'],
  ['channel shift', 'digital by default', 'self service', 'self-service'],
  ['roi', 'return on investment', 'payback'],
  ['business case', 'case for change'],
  ['co-procurement', 'joint procurement', 'collaborative procurement', 'shared procurement'],
  ['full fibre', 'gigabit broadband', 'fibre network', 'fibre'],
  ['wan', 'wide area network', 'public services network', 'psn'],
  ['ca', 'combined authority'],
  ['mca', 'mayoral combined authority'],
  ['lgr', 'local government reorganisation', 'unitarisation'],
] as const;

/** Meilisearch synonyms: each term maps to every other term of its entries. */
export function glossarySynonyms(
  glossary: readonly (readonly string[])[] = COUNCIL_GLOSSARY,
): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>();
  for (const entry of glossary) {
    const terms = [...new Set(entry.map((term) => term.toLowerCase().trim()))];
    for (const term of terms) {
      const others = synonyms.get(term) ?? new Set<string>();
      for (const other of terms) if (other !== term) others.add(other);
      synonyms.set(term, others);
    }
  }
  return Object.fromEntries(
    [...synonyms]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([term, others]) => [term, [...others].sort()]),
  );
}
