export { checkGroup, type GroupFields } from './group-input';
export * from './procurement.module';
export * from './procurement-group.entity';
export * from './radar-clock';
