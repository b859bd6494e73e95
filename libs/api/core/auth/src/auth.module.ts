import { actorKey, RateLimiter } from '@lgx/api/core/http';
import { Global, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import { AccessGuard } from './access.guard';
import { PolicyService } from './policy.service';
import { ActorReader } from './session/actor-reader';
import { SessionMiddleware } from './session/session.middleware';

/**
 * Who is asking (the session cookie read into an Actor on every request),
 * the access guard on every resolver, and the policy for object-level decisions.
 * Sessions are read here; they are started and ended by the identity feature,
 * which owns their tables (decision 0027).
 */
@Global()
@Module({
  providers: [
    PolicyService,
    ActorReader,
    SessionMiddleware,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [PolicyService],
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
