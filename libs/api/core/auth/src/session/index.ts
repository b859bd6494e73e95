export * from './actor-reader';
export * from './build-actor';
export * from './session.middleware';
export * from './session-cookie';
