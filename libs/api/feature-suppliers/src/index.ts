export * from './moderation-clock';
export * from './supplier.entity';
export * from './supplier-experience.entity';
export * from './suppliers.module';
