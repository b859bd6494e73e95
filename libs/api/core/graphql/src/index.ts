export * from './connection';
export * from './cursor';
export * from './graphql.module';
export * from './graphql-error';
export * from './pagination.args';
export * from './money.object';
