import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';

import { formatGraphQLError } from './graphql-error';

const logger = new Logger('GraphQL');

@Module({})
export class LgxGraphQLModule {
  /** Apollo Server with a code-first schema built in memory (schema.gql is written by `npm run generate`). */
  static forRoot(): DynamicModule {
    return {
      module: LgxGraphQLModule,
      imports: [
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig): ApolloDriverConfig => ({
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            playground: false,
            introspection: config.environment !== 'production',
            includeStacktraceInErrorResponses: false,
            allowBatchedHttpRequests: false,
            csrfPrevention: true,
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
