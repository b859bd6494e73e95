export * from './audit.module';
export * from './audit.service';
export * from './audit-event.entity';
export * from './mutation-audit.interceptor';
export * from './mutation-refusal-audit.plugin';
export * from './request-context';
