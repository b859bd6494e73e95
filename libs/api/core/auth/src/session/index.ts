export * from './account.entity';
export * from './build-actor';
export * from './council-membership.entity';
export * from './session.entity';
export * from './session.middleware';
export * from './sessions.service';
