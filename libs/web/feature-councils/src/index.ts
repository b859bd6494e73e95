export * from './council-page';
export * from './councils-page';
