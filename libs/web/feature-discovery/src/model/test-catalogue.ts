import type { SearchCatalogue } from './search-catalogue';

const sort = (key: SearchCatalogue['searchSorts'][number]['key'], label: string) => ({
  key,
  label,
});
const NEWEST = sort('NEWEST', 'Newest');
const NAME = sort('NAME', 'A to Z');
const facet = (attribute: string, label: string) => ({ attribute, label });
const GEOGRAPHY = [
  facet('nation', 'Nation'),
  facet('region', 'Region'),
  facet('councilType', 'Type of council'),
];

/** For tests: what the API's searchContentTypes and searchSorts answer a verified officer. */
export const TEST_CATALOGUE: SearchCatalogue = {
  searchContentTypes: [
    {
      key: 'CASE_STUDY',
      feed: true,
      label: 'Case study',
      facets: [
        facet('serviceAreas', 'Service area'),
        facet('objectives', 'Strategic objective'),
        facet('technologies', 'Technology'),
        ...GEOGRAPHY,
        facet('stage', 'Stage'),
        facet('evidenceLevel', 'Evidence'),
        facet('figures', 'Figures'),
      ],
      sorts: [
        NEWEST,
        sort('LARGEST_SAVINGS', 'Largest savings'),
        sort('HIGHEST_NPV', 'Net present value (highest first)'),
        sort('SOONEST_PAYBACK', 'Payback (soonest first)'),
        NAME,
      ],
    },
    {
      key: 'COMPONENT',
      feed: true,
      label: 'Reusable component',
      facets: [
        facet('category', 'Kind'),
        facet('licence', 'Licence'),
        facet('maturity', 'Maturity'),
        facet('serviceAreas', 'Service area'),
        facet('technologies', 'Technology'),
      ],
      sorts: [NEWEST, sort('MOST_ADOPTED', 'Most adopted'), NAME],
    },
    {
      key: 'SUPPLIER_EXPERIENCE',
      feed: false,
      label: 'Supplier experience',
      facets: [
        facet('category', 'Category'),
        facet('supplier', 'Supplier'),
        facet('routeToMarket', 'Route to market'),
        facet('ratingBand', 'Overall rating'),
        facet('region', 'Region'),
        facet('councilType', 'Type of council'),
      ],
      sorts: [NEWEST, NAME],
    },
    {
      key: 'SUPPLIER',
      feed: false,
      label: 'Supplier',
      facets: [facet('category', 'Category')],
      sorts: [NAME],
    },
    {
      key: 'PROCUREMENT_GROUP',
      feed: false,
      label: 'Procurement group',
      facets: [facet('category', 'Category'), facet('stage', 'Stage'), facet('regions', 'Regions')],
      sorts: [NEWEST, NAME],
    },
    {
      key: 'CONTRACT',
      feed: true,
      label: 'Contract',
      facets: [
        facet('cpvDivision', 'CPV division'),
        facet('buyerCouncil', 'Buyer council'),
        facet('supplier', 'Supplier'),
        facet('valueBand', 'Value'),
        facet('endYear', 'End year'),
      ],
      sorts: [NEWEST, sort('ENDING_SOONEST', 'Ending soonest')],
    },
    { key: 'COUNCIL', label: 'Council', facets: GEOGRAPHY, sorts: [NAME], feed: false },
  ],
  searchSorts: [
    { key: 'RELEVANCE', label: 'Relevance', acrossTypes: true },
    { key: 'NEWEST', label: 'Newest', acrossTypes: true },
    { key: 'ENDING_SOONEST', label: 'Ending soonest', acrossTypes: false },
    { key: 'LARGEST_SAVINGS', label: 'Largest savings', acrossTypes: false },
    { key: 'HIGHEST_NPV', label: 'Net present value (highest first)', acrossTypes: false },
    { key: 'SOONEST_PAYBACK', label: 'Payback (soonest first)', acrossTypes: false },
    { key: 'MOST_ADOPTED', label: 'Most adopted', acrossTypes: false },
    { key: 'NAME', label: 'A to Z', acrossTypes: true },
  ],
};
