export * from './contract-endings';
