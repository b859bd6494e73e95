export * from './connection';
export * from './cpv-category.object';
export * from './cursor';
export * from './graphql.module';
export * from './graphql-error';
export * from './markdown';
export * from './money.object';
export * from './pagination.args';
