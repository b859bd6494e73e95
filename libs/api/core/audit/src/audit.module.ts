import { Global, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditService } from './audit.service';
import { AuditEventEntity } from './audit-event.entity';
import { MutationAuditInterceptor } from './mutation-audit.interceptor';
import { MutationRefusalAuditPlugin } from './mutation-refusal-audit.plugin';
import { requestContextMiddleware } from './request-context';

export const AUDIT_ENTITIES = [AuditEventEntity];

/** The audit log, request ids, and an audit line for every GraphQL mutation, refused ones included. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(AUDIT_ENTITIES)],
  providers: [
    AuditService,
    { provide: APP_INTERCEPTOR, useClass: MutationAuditInterceptor },
    MutationRefusalAuditPlugin,
  ],
  exports: [AuditService],
})
export class AuditModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(requestContextMiddleware).forRoutes('*path');
  }
}
