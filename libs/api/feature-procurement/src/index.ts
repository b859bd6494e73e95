export { checkGroup, type GroupFields } from './group-input';
export * from './procurement.module';
export * from './procurement-group.entity';
export * from './procurement-group-search.definition';
export * from './radar-clock';
