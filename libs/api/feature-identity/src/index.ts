export * from './entities';
export * from './identity.module';
export * from './identity.objects';
export * from './services/accounts.service';
export * from './services/password-rules';
