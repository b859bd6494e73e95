import { defineSearchIndex } from '@lgx/api/core/search';

/**
 * Public contracts in search: anyone may find them, visitors included (their
 * documents are "public"), with facets for what councils ask of a market.
 * Ending soonest lists only contracts that have not ended, by their latest
 * possible end (with extensions) when stated, else their end.
 */
export const CONTRACT_SEARCH = defineSearchIndex({
  name: 'contracts',
  type: 'contract',
  label: 'Contract',
  listOrder: 55,
  facetOrder: 55,
  readers: 'everyone',
  // Public notices by the hundred thousand: found by words, or listed when their type is
  // chosen, but not the newest of everything a search without words lists.
  reference: true,
  documentVersion: 1,
  hitAttributes: [
    'buyerName',
    'supplier',
    'valueStated',
    'valueCurrency',
    'contractEndAt',
    'maxExtentAt',
  ],
  facets: [
    { attribute: 'cpvDivision', label: 'CPV division' },
    { attribute: 'buyerCouncil', label: 'Buyer council' },
    { attribute: 'supplier', label: 'Supplier' },
    { attribute: 'valueBand', label: 'Value' },
    { attribute: 'endYear', label: 'End year' },
  ],
  sorts: { NEWEST: ['publishedAt:desc'], ENDING_SOONEST: ['endsAt:asc'] },
  sortFilters: { ENDING_SOONEST: (now) => `endsAt >= ${now}` },
  searchable: ['buyerName', 'supplier', 'cpvLabels', 'cpv', 'ocid'],
  sortable: ['endsAt'],
  filterable: ['endsAt'],
});
