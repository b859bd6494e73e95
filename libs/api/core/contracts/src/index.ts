export * from './contract-ending-match';
export * from './contract-endings';
export * from './contract-sync-status';
export * from './supplier-directory-links';
export * from './contract-endings.service';
