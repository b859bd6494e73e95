export * from './filter-address';
export * from './names';
export * from './pounds';
export * from './query-failure';
export * from './return-to';
export * from './router-link';
export * from './use-flash';
export * from './use-here';
