export * from './dev-environment';
export * from './embedded-meilisearch';
export * from './embedded-postgres';
export * from './mail-catcher';
export * from './ports';
export * from './process-lock';
export * from './secrets';
export * from './supervisor';
