export * from './case-studies.module';
export * from './case-studies.service';
export * from './case-study.entity';
export * from './case-study-input';
export * from './case-study-search.definition';
export { caseStudyDocument } from './case-study-search.source';
