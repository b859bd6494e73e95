export * from './log-options';
export * from './observability.module';
export * from './request-metrics';
