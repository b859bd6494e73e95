export * from './council.entity';
export * from './council.object';
export * from './council-directory.service';
export * from './councils-core.module';
export * from './to-council';
