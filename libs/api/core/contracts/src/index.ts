export * from './contract-ending-match';
export * from './contract-endings';
export * from './contract-endings.service';
export * from './contract-sync-status';
export * from './lgx-events';
export * from './question-directory';
export * from './question-subjects';
export * from './supplier-directory-links';
