export * from './buyer-council-match';
export { buyerNameKey } from './buyer-name';
export {
  type CouncilRegisterEntry,
  councilRegisterEntry,
  type StoredCouncil,
} from './council-name-index';
