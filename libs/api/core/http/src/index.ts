export * from './apply-http-hardening';
export * from './body-parsing';
export * from './client-address';
export * from './graphql-document-limit';
export * from './rate-limiter';
export * from './security-headers';
export * from './serve-web-app';
export * from './shared-rate-limits';
