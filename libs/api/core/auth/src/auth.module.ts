import { actorKey, RateLimiter } from '@lgx/api/core/http';
import { Global, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AccessGuard } from './access.guard';
import { PolicyService } from './policy.service';
import { AccountEntity } from './session/account.entity';
import { CouncilMembershipEntity } from './session/council-membership.entity';
import { SessionEntity } from './session/session.entity';
import { SessionMiddleware } from './session/session.middleware';
import { SessionsService } from './session/sessions.service';

/** What the session layer reads: accounts, council memberships and sessions. */
export const AUTH_ENTITIES = [AccountEntity, CouncilMembershipEntity, SessionEntity];

/**
 * Who is asking (the session cookie read into an Actor on every request),
 * the access guard on every resolver, and the policy for object-level decisions.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(AUTH_ENTITIES)],
  providers: [
    PolicyService,
    SessionsService,
    SessionMiddleware,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [PolicyService, SessionsService],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Per-user limits need the actor, so they run here, after the session is read,
    // with the same rules per route (the per-address limit runs earlier, in applyHttpHardening).
    consumer
      .apply(SessionMiddleware, new RateLimiter({ keyOf: [actorKey] }).middleware())
      .forRoutes('*path');
  }
}
