// Test files import from here; the global setup loads ./test-services directly.
export * from './feature-app';
export * from './test-app';
export * from './test-atom';
export * from './test-cast';
export * from './test-councils';
export * from './test-database';
export * from './test-env';
export * from './test-errors';
export * from './test-events';
export * from './test-eventually';
export * from './test-health';
export * from './test-invitations';
export * from './test-mail';
export * from './test-race';
export * from './test-session';
