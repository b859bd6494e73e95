import { Global, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditService } from './audit.service';
import { AuditEventEntity } from './audit-event.entity';
import { IdempotencyPlugin } from './idempotency/idempotency.plugin';
import { MutationAuditInterceptor } from './mutation-audit.interceptor';
import { MutationCommitSubscriber } from './mutation-commit.subscriber';
import { MutationRefusalAuditPlugin } from './mutation-refusal-audit.plugin';
import { requestContextMiddleware } from './request-context';

export const AUDIT_ENTITIES = [AuditEventEntity];

/**
 * The audit log, request ids, an audit line for every GraphQL mutation
 * (refused ones included; in the change's transaction when it commits one),
 * and idempotency keys for mutations (decision 0074).
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(AUDIT_ENTITIES)],
  providers: [
    AuditService,
    { provide: APP_INTERCEPTOR, useClass: MutationAuditInterceptor },
    MutationRefusalAuditPlugin,
    MutationCommitSubscriber,
    IdempotencyPlugin,
  ],
  exports: [AuditService],
})
export class AuditModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(requestContextMiddleware).forRoutes('*path');
  }
}
