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

// Never "code": that is an MFA or verification code, a secret, not a target.
const TARGET_KEYS = ['id', 'accountId', 'userId', 'councilCode', 'domain'];

/** The record a mutation acts on, from its arguments (top level, then `input`). */
function targetOf(args: Record<string, unknown>): { type: string; id: string } | undefined {
  for (const source of [args, args['input'] as Record<string, unknown> | undefined]) {
    if (!source || typeof source !== 'object') continue;
    for (const key of TARGET_KEYS) {
      const value = source[key];
      if (typeof value === 'string' && value.length <= 200) return { type: key, id: value };
    }
  }
  return undefined;
}

/** Every GraphQL mutation leaves one audit line: who, what, on what, and how it ended. */
@Injectable()
export class MutationAuditInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation') return next.handle();
    const action = `mutation:${info.fieldName}`;
    const target = targetOf(gql.getArgs());
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
            await this.audit.record({ action, outcome: 'failure', target, details: { code } });
            throw error;
          })(),
        ),
      ),
    );
  }
}
