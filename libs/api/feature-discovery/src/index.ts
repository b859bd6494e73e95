export * from './discovery.module';
export { type ContentTypeKey, documentTypeOf } from './discovery.object';
