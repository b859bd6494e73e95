export * from './contract-sync/contract-sync.service';
export * from './contract-sync/contract-sync.timing';
export * from './contracting-process/contract-import.service';
export * from './contracting-process/contracting-process.service';
export * from './contracts.module';
// For the app's tests of /health/ready and /metrics: the fake APIs and their recorded pages.
export * from './test/fake-ocds-server';
export * from './test/recorded-ocds-pages';
