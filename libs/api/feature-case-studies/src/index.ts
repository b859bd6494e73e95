// What apps/api, the bench and tests outside the feature use; nothing else.
export * from './case-studies.module';
export type { CaseStudyStatus } from './case-study.entity';
export { type CaseStudyFields, checkCaseStudy } from './case-study.rules';
export * from './case-study-search.definition';
export { caseStudyDocument } from './case-study-search.source';
