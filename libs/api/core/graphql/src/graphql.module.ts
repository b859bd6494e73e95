import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { GRAPHQL_DOCUMENT_LIMITS, RequestMetrics } from '@lgx/api/core/http';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';

import { formatGraphQLError } from './graphql-error';
import { GraphQLExceptionFilter } from './graphql-exception.filter';
import { graphqlMetricsPlugin } from './graphql-metrics.plugin';
import { inputValidationPlugin } from './input/input-validation.plugin';
import { RouteParameterPipe } from './input/route-parameter.pipe';
import { queryLimitRules } from './limits/query-limits';

const logger = new Logger('GraphQL');

@Module({})
export class LgxGraphQLModule {
  /** Apollo Server with a code-first schema built in memory (schema.gql is written by `npm run generate`). */
  static forRoot(): DynamicModule {
    return {
      module: LgxGraphQLModule,
      providers: [
        { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
        { provide: APP_PIPE, useClass: RouteParameterPipe },
      ],
      imports: [
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [APP_CONFIG, { token: RequestMetrics, optional: true }],
          useFactory: (config: AppConfig, metrics?: RequestMetrics): ApolloDriverConfig => ({
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            // Not the introspection query Nest runs on every start to check the built schema:
            // `npm run generate -- --check` runs it on the same resolvers, and Apollo still
            // asserts the schema valid at start (decision 0077).
            buildSchemaOptions: { skipCheck: true },
            playground: false,
            introspection: config.environment !== 'production',
            // Without introspection, "Did you mean ...?" hints would still spell out the schema.
            hideSchemaDetailsFromClientErrors: config.environment === 'production',
            // graphqlDocumentLimit (core/http) refuses larger documents before
            // they get here; this stops the parser too, should a route skip it.
            parseOptions: { maxTokens: GRAPHQL_DOCUMENT_LIMITS.maxTokens },
            validationRules: queryLimitRules(),
            plugins: [inputValidationPlugin(), ...(metrics ? [graphqlMetricsPlugin(metrics)] : [])],
            includeStacktraceInErrorResponses: false,
            allowBatchedHttpRequests: false,
            // The web app sends whole documents; an unknown hash would be an internal error.
            persistedQueries: false,
            csrfPrevention: true,
            // Resolvers reach the request (session, actor) and the response (session cookie).
            context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
            formatError: (formatted, error) =>
              formatGraphQLError(formatted, error, (original) =>
                logger.error(original instanceof Error ? original.stack : String(original)),
              ),
          }),
        }),
      ],
    };
  }
}
