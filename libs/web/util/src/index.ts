export * from './pounds';
export * from './query-failure';
export * from './return-to';
export * from './use-flash';
export * from './use-here';
