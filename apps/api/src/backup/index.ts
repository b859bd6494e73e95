export * from './backup';
export * from './backup-manifest';
export * from './rebuild-search';
export * from './restore';
