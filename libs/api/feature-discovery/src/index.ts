export * from './discovery.module';
export { type ContentTypeKey, documentTypeOf } from './discovery.object';
export { FrontDoorService } from './front-door/front-door.service';
