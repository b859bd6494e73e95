export * from './publiccode-parser';
export * from './publiccode-report';
export { LATEST_VERSION } from './publiccode-versions';
export * from './publiccode-vocabularies';
