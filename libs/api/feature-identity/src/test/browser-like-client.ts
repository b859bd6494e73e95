import type { GraphQLResponse, TestApp } from '@lgx/api/testing';
import request from 'supertest';

/** A client that keeps cookies between requests, as a browser does. */
export function browserLikeClient(harness: TestApp) {
  const agent = request.agent(harness.app.getHttpServer());
  return {
    graphql: async <Data = Record<string, unknown>>(
      query: string,
      variables?: Record<string, unknown>,
    ): Promise<GraphQLResponse<Data>> => {
      const response = await agent
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query, variables });
      return { status: response.status, ...(response.body as object) };
    },
  };
}

export const errorCode = (response: GraphQLResponse<unknown>) =>
  response.errors?.[0]?.extensions?.['code'];
