export * from './field-problems';
export * from './generated/graphql';
export * from './graphql-client';
export * from './graphql-provider';
export * from './session/use-viewer';
export * from './upload-file';
export * from './use-graphql-mutation';
export * from './use-graphql-query';
