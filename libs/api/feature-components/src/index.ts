// What apps/api, the bench and tests outside the feature use; nothing else.
export { checkComponent, type ComponentFields } from './component.rules';
export * from './component-search.definition';
export * from './components.module';
export { formatVerdict, parsePubliccode } from './publiccode';
