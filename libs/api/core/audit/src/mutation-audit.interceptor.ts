import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { type GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { catchError, concatMap, from, type Observable } from 'rxjs';

import { AuditService } from './audit.service';
import { mutationTarget } from './mutation-target';

/**
 * Every GraphQL mutation that reaches its resolver leaves one audit line: who,
 * what, on what, and how it ended. The line is written on its own connection,
 * not in the mutation's transaction, so a failure that rolls the change back
 * keeps its line. Mutations refused before they run are audited by
 * MutationRefusalAuditPlugin.
 */
@Injectable()
export class MutationAuditInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation') return next.handle();
    const action = `mutation:${info.fieldName}`;
    const target = mutationTarget(gql.getArgs());
    return next.handle().pipe(
      concatMap(async (value: unknown) => {
        await this.audit.record({ action, outcome: 'success', target });
        return value;
      }),
      catchError((error: unknown) =>
        from(
          (async () => {
            const code =
              (error as { extensions?: { code?: string } }).extensions?.code ??
              'INTERNAL_SERVER_ERROR';
            // record() logs a line it cannot write; the person still gets the
            // mutation's own error, not the audit log's.
            await this.audit
              .record({ action, outcome: 'failure', target, details: { code } })
              .catch(() => undefined);
            throw error;
          })(),
        ),
      ),
    );
  }
}
