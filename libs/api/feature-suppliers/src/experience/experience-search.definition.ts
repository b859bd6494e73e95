import { defineSearchIndex } from '@lgx/api/core/search';

/** The supplier experiences' search index: verified officers only (their documents say so too). */
export const SUPPLIER_EXPERIENCE_SEARCH = defineSearchIndex({
  name: 'supplier_experiences',
  type: 'supplier_experience',
  label: 'Supplier experience',
  listOrder: 30,
  facetOrder: 30,
  readers: 'officers',
  // 2: an anonymised one carries only the nation, region and type its description names.
  documentVersion: 2,
  facets: [
    { attribute: 'category', label: 'Category' },
    { attribute: 'supplier', label: 'Supplier' },
    { attribute: 'routeToMarket', label: 'Route to market' },
    { attribute: 'ratingBand', label: 'Overall rating' },
    { attribute: 'region', label: 'Region' },
    { attribute: 'councilType', label: 'Type of council' },
  ],
  sorts: { NEWEST: ['publishedAt:desc'], NAME: ['titleSort:asc'] },
  searchable: ['supplier', 'product', 'category'],
  sortable: ['overallRating'],
});
