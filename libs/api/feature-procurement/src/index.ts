export * from './procurement.module';
export * from './procurement-group.entity';
