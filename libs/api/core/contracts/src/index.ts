export * from './contract-ending-match';
export * from './contract-endings';
export * from './contract-endings.service';
