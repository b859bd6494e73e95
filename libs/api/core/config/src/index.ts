export * from './config.error';
export * from './config.module';
export * from './contract-sync-config';
export * from './jobs-config';
export * from './load-config';
export * from './shutdown-config';
