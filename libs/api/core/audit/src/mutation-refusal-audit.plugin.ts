import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { getOperationAST, type GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';

import { AuditService } from './audit.service';
import { mutationTarget } from './mutation-target';
import { settlePendingWrites } from './request-context';

/**
 * The audit line of a mutation refused before any resolver ran: an argument
 * the edge checks refused, variables that do not coerce, a document that does
 * not validate. Errors from resolvers carry a path and are audited by
 * MutationAuditInterceptor instead; a document that does not even parse
 * names no mutation.
 */
@Plugin()
export class MutationRefusalAuditPlugin implements ApolloServerPlugin {
  constructor(private readonly audit: AuditService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    return {
      // Refusals audited off the resolver's path (inside its transaction) are written by now.
      willSendResponse: () => settlePendingWrites(),
      didEncounterErrors: async ({ document, operation, request, errors }) => {
        if (errors.some((error) => error.path)) return;
        const mutation =
          operation ?? (document ? getOperationAST(document, request.operationName) : null);
        if (mutation?.operation !== 'mutation') return;
        const code = codeOf(errors[0]);
        const target = mutationTarget(request.variables);
        for (const fieldName of rootFields(mutation)) {
          // record() logs a line it cannot write; the refusal still goes out.
          await this.audit
            .record({
              action: `mutation:${fieldName}`,
              outcome: 'failure',
              target,
              details: { code, stage: 'refused before running' },
            })
            .catch(() => undefined);
        }
      },
    };
  }
}

function rootFields(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.flatMap((selection) =>
    selection.kind === Kind.FIELD ? [selection.name.value] : [],
  );
}

/** Our own code (QUERY_TOO_COMPLEX, BAD_CURSOR) even where Apollo re-coded the error. */
function codeOf(error: GraphQLError | undefined): string {
  const original = error?.originalError as { extensions?: { code?: unknown } } | undefined;
  const code = original?.extensions?.code ?? error?.extensions['code'];
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}
