export * from './moderation-clock';
export * from './supplier.entity';
export * from './supplier-experience.entity';
export * from './supplier-experience-search.definition';
export * from './supplier-search.definition';
export * from './suppliers.module';
