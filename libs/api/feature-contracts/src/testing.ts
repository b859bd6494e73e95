// For the app's tests of /health/ready and /metrics: the fake public APIs and
// their recorded pages. A second entry point, so test code stays out of the
// feature's production entry (index.ts).
export * from './test/fake-ocds-server';
export * from './test/recorded-ocds-pages';
