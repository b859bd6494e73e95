export * from './experience/experience-search.definition';
export * from './supplier/supplier-directory-link.service';
export * from './supplier/supplier-search.definition';
export * from './suppliers.module';
