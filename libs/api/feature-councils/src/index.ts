export * from './council.resolver';
export * from './council-import.service';
export * from './council-register-consistency';
export { parseCouncilRegister } from './council-register-parser';
export * from './council-search.definition';
export * from './councils.module';
export * from './search-quality';
