export * from './contract-endings';
export * from './contract-sync-status';
