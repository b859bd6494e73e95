export * from './council-name-queries';
