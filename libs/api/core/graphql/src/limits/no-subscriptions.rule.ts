import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses subscription operations: LGX offers none, and graphql-js would
 * otherwise accept one at validation and fail at execution (an internal error).
 */
export const noSubscriptionsRule: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    if (operation.operation === 'subscription' && !context.getSchema().getSubscriptionType()) {
      context.reportError(
        new GraphQLError('LGX has no subscriptions: send a query or a mutation instead.', {
          nodes: [operation],
        }),
      );
    }
  },
});
