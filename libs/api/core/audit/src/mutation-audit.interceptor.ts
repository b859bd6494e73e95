import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { type GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { catchError, concatMap, finalize, from, type Observable } from 'rxjs';

import { AuditService } from './audit.service';
import type { MutationInFlight } from './mutation-ledger';
import { mutationTarget } from './mutation-target';
import { currentRequest } from './request-context';

/**
 * Every GraphQL mutation that reaches its resolver leaves one audit line: who,
 * what, on what, and how it ended. A mutation that commits a change gets its
 * line inside that change's transaction (MutationCommitSubscriber), so the
 * two are stored together or not at all; this interceptor writes the line of
 * one that committed nothing, on its own connection, after it returns or
 * fails (a failure that rolls the change back keeps its line). One that
 * committed and then failed gets a second line, the failure, saying so
 * (`afterCommit`). Mutations refused before they run are audited by
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
    const request = currentRequest();
    const mutation: MutationInFlight = {
      action: `mutation:${info.fieldName}`,
      target: mutationTarget(gql.getArgs()),
      line: 'none',
    };
    if (request) request.mutation = mutation;
    const { action, target } = mutation;
    return next.handle().pipe(
      concatMap(async (value: unknown) => {
        if (mutation.line !== 'committed')
          await this.audit.record({ action, outcome: 'success', target });
        return value;
      }),
      catchError((error: unknown) =>
        from(
          (async () => {
            const code =
              (error as { extensions?: { code?: string } }).extensions?.code ??
              'INTERNAL_SERVER_ERROR';
            const details = mutation.line === 'committed' ? { code, afterCommit: true } : { code };
            // record() logs a line it cannot write; the person still gets the
            // mutation's own error, not the audit log's.
            await this.audit
              .record({ action, outcome: 'failure', target, details })
              .catch(() => undefined);
            throw error;
          })(),
        ),
      ),
      finalize(() => {
        if (request?.mutation === mutation) request.mutation = undefined;
      }),
    );
  }
}
