export * from './dev-environment';
export * from './embedded-meilisearch';
export * from './embedded-postgres';
export * from './ports';
export * from './process-lock';
export * from './secrets';
