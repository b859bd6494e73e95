import { defineSearchIndex } from '@lgx/api/core/search';

/** The reusable components' search index. */
export const COMPONENT_SEARCH = defineSearchIndex({
  name: 'components',
  type: 'component',
  label: 'Reusable component',
  listOrder: 20,
  facetOrder: 20,
  readers: 'everyone',
  // 2: adds staleFrom, for the "possibly stale" flag on search results.
  // 3: documents carry their public questions and answers (decision 0047).
  documentVersion: 3,
  hitAttributes: ['adoptionCount', 'staleFrom'],
  facets: [
    { attribute: 'category', label: 'Kind' },
    { attribute: 'licence', label: 'Licence' },
    { attribute: 'maturity', label: 'Maturity' },
    { attribute: 'serviceAreas', label: 'Service area' },
    { attribute: 'technologies', label: 'Technology' },
  ],
  sorts: {
    NEWEST: ['publishedAt:desc'],
    MOST_ADOPTED: ['adoptionCount:desc'],
    NAME: ['titleSort:asc'],
  },
  searchable: ['category', 'technologies', 'maintainers', 'questions'],
  sortable: ['adoptionCount'],
});
