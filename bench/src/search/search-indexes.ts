import { CASE_STUDY_SEARCH } from '@lgx/api/feature-case-studies';
import { COMPONENT_SEARCH } from '@lgx/api/feature-components';
import { COUNCIL_SEARCH } from '@lgx/api/feature-councils';
import { PROCUREMENT_GROUP_SEARCH } from '@lgx/api/feature-procurement';
import { SUPPLIER_EXPERIENCE_SEARCH, SUPPLIER_SEARCH } from '@lgx/api/feature-suppliers';

/**
 * Every index the API searches, as its features register them, in the order
 * SearchService searches them (facetOrder).
 */
export const SEARCH_INDEXES = [
  COUNCIL_SEARCH,
  CASE_STUDY_SEARCH,
  COMPONENT_SEARCH,
  SUPPLIER_EXPERIENCE_SEARCH,
  SUPPLIER_SEARCH,
  PROCUREMENT_GROUP_SEARCH,
].sort((a, b) => a.facetOrder - b.facetOrder);
