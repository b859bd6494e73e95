export * from './contract-sync/contract-sync.service';
export * from './contract-sync/contract-sync.timing';
export * from './contracting-process/contract-command-events';
export * from './contracting-process/contract-import.service';
export * from './contracting-process/contract-supplier-link.service';
export * from './contracting-process/contracting-process.service';
export * from './contracts.module';
export * from './data';
