export * from './publiccode-parser';
export * from './publiccode-report';
export * from './publiccode-vocabularies';
