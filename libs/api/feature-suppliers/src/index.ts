export * from './experience/experience.entity';
export * from './experience/experience-search.definition';
export * from './experience/moderation-clock';
export * from './supplier/supplier.entity';
export * from './supplier/supplier-search.definition';
export * from './suppliers.module';
