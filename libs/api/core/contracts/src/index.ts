export * from './contract-endings';
export * from './contract-sync-status';
export * from './supplier-directory-links';
