export * from './keep-alive-http-client';
export * from './search.module';
