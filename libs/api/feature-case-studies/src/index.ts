export * from './case-studies.module';
export * from './case-studies.service';
export * from './case-study.entity';
export * from './case-study-input';
export { caseStudyDocument } from './case-study-search.source';
