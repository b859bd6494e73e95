import { defineSearchIndex } from '@lgx/api/core/search';

/** The procurement groups' search index: officers (open groups) and members (private ones). */
export const PROCUREMENT_GROUP_SEARCH = defineSearchIndex({
  name: 'procurement_groups',
  type: 'procurement_group',
  label: 'Procurement group',
  listOrder: 50,
  facetOrder: 50,
  readers: 'officers',
  // 2: membersCount and regions only once they rest on 3 or more councils (issue 13).
  documentVersion: 2,
  facets: [
    { attribute: 'category', label: 'Category' },
    { attribute: 'stage', label: 'Stage' },
    { attribute: 'regions', label: 'Regions' },
  ],
  sorts: { NEWEST: ['publishedAt:desc'], NAME: ['titleSort:asc'] },
  searchable: ['need', 'category'],
  sortable: ['membersCount'],
});
