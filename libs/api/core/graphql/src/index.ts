export * from './connection';
export * from './cursor';
export * from './graphql.module';
export * from './graphql-error';
export * from './money.object';
export * from './pagination.args';
