export * from './publiccode';
