export * from './case-studies.module';
export * from './case-study.entity';
export * from './case-study.rules';
export * from './case-study.service';
export * from './case-study-search.definition';
export { caseStudyDocument } from './case-study-search.source';
