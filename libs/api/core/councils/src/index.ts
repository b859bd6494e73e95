export * from './council.entity';
export * from './council.object';
export * from './council-directory.service';
export * from './council-editors-mail.service';
export * from './council-invitation.entity';
export * from './councils-core.module';
export * from './to-council';
