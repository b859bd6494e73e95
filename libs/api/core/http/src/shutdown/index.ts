export * from './close-http-server';
export * from './graceful-shutdown';
export * from './shutdown.module';
