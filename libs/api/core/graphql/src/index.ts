export * from './connection';
export * from './cursor';
export * from './graphql-error';
export * from './graphql.module';
export * from './pagination.args';
