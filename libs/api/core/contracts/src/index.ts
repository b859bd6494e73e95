export * from './contract-endings';
export * from './supplier-directory-links';
