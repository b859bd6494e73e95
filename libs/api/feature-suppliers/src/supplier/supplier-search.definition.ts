import { defineSearchIndex } from '@lgx/api/core/search';

/** The supplier directory's search index: verified officers only (their documents say so too). */
export const SUPPLIER_SEARCH = defineSearchIndex({
  name: 'suppliers',
  type: 'supplier',
  label: 'Supplier',
  listOrder: 40,
  facetOrder: 40,
  readers: 'officers',
  documentVersion: 1,
  facets: [{ attribute: 'category', label: 'Category' }],
  sorts: { NAME: ['titleSort:asc'] },
  searchable: ['formerNames', 'companyNumber', 'category'],
  sortable: [],
});
