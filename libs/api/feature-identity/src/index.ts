export { AccountService } from './account/account.service';
export { passwordProblem } from './account/password.rules';
export { IDENTITY_ENTITIES, IDENTITY_RESOLVERS, IdentityModule } from './identity.module';
