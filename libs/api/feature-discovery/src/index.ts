export * from './discovery.module';
export * from './discovery.objects';
export * from './discovery.service';
