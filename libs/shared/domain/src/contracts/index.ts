export * from './buyer-council-match';
export { buyerNameKey } from './buyer-name';
export { type CouncilRegisterEntry } from './council-name-index';
