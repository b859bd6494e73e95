import { defineSearchIndex, GEOGRAPHY_FACETS } from '@lgx/api/core/search';

/** The case studies' search index. */
export const CASE_STUDY_SEARCH = defineSearchIndex({
  name: 'case_studies',
  type: 'case_study',
  label: 'Case study',
  listOrder: 10,
  facetOrder: 10,
  readers: 'everyone',
  // 2: documents carry the stated figures, for the headline figures of a result.
  // 3: documents carry their public questions and answers (decision 0047).
  // 4: documents carry the appraisal method's figures (decision 0057), not the old payback.
  // 5: the "Figures" facet's "Measured actual" follows decision 0075's one definition.
  documentVersion: 5,
  hitAttributes: [
    'investmentText',
    'cashableSavingsText',
    'npvCentralPence',
    'paybackYears',
    'figures',
    'appraisalNotWorkedOut',
  ],
  facets: [
    { attribute: 'serviceAreas', label: 'Service area' },
    { attribute: 'objectives', label: 'Strategic objective' },
    { attribute: 'technologies', label: 'Technology' },
    ...GEOGRAPHY_FACETS,
    { attribute: 'stage', label: 'Stage' },
    { attribute: 'evidenceLevel', label: 'Evidence' },
    { attribute: 'figures', label: 'Figures' },
  ],
  sorts: {
    NEWEST: ['publishedAt:desc'],
    LARGEST_SAVINGS: ['cashableSavingsPerYear:desc'],
    // Case studies without figures lack the attribute, and Meilisearch puts them last.
    HIGHEST_NPV: ['npvCentralPence:desc'],
    SOONEST_PAYBACK: ['paybackYears:asc', 'npvCentralPence:desc'],
    NAME: ['titleSort:asc'],
  },
  searchable: ['serviceAreas', 'technologies', 'lessons', 'supplierNames', 'questions'],
  sortable: ['cashableSavingsPerYear', 'npvCentralPence', 'paybackYears'],
});
