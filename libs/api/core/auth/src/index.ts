export * from './access.decorator';
export * from './access.guard';
export * from './actor';
export * from './auth.errors';
export * from './auth.module';
export * from './policy';
export * from './policy.service';
export * from './request-actor';
