export * from './procurement.module';
export { checkGroup, type GroupFields } from './procurement-group/procurement-group.rules';
export * from './procurement-group/procurement-group-search.definition';
export * from './renewal-radar/radar-suggestion.service';
export * from './renewal-radar/renewal-radar-clock';
