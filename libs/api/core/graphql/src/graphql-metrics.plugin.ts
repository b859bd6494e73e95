import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestMetrics } from '@lgx/api/core/http';

/**
 * Times every GraphQL operation into lgx_graphql_operation_duration_seconds:
 * by operation name (bounded, see RequestMetrics), type, and outcome, an
 * operation with any error counting as "error".
 */
export function graphqlMetricsPlugin(metrics: RequestMetrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation, operationName, response, errors }) {
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const failed = Boolean(errors?.length || single?.errors?.length);
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.observeOperation(
            operation?.name?.value ?? operationName,
            operation?.operation,
            failed ? 'error' : 'success',
            seconds,
          );
        },
      };
    },
  };
}
