import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { actorKey, RateLimiter, sharedRateLimitStores } from '@lgx/api/core/http';
import { Global, Inject, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

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
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  configure(consumer: MiddlewareConsumer): void {
    // Per-user limits need the actor, so they run here, after the session is read,
    // with the same rules per route (the per-address limit runs earlier, in applyHttpHardening),
    // counted in the same shared store.
    const store = sharedRateLimitStores(this.dataSource, this.config.http.rateLimitStore);
    consumer
      .apply(SessionMiddleware, new RateLimiter({ keyOf: [actorKey], store }).middleware())
      .forRoutes('*path');
  }
}
