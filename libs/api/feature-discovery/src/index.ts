export * from './discovery.module';
export * from './discovery.object';
export * from './discovery.service';
