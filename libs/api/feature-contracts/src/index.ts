export * from './contracting-process/contract-import.service';
export * from './contracting-process/contracting-process.service';
export * from './contracts.module';
export * from './data';
