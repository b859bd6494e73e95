import 'reflect-metadata';

import { type AppConfig, ConfigModule } from '@lgx/api/core/config';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Query, Resolver } from '@nestjs/graphql';
import { __Schema, type GraphQLFieldResolver } from 'graphql';
import request from 'supertest';

import { LgxGraphQLModule } from './graphql.module';

@Resolver()
class PingResolver {
  @Query(() => String)
  ping(): string {
    return 'pong';
  }
}

@Module({
  imports: [ConfigModule.forRoot({ environment: 'test' } as AppConfig), LgxGraphQLModule.forRoot()],
  providers: [PingResolver],
})
class PingModule {}

/** Counts introspection queries run on any schema (each resolves `__schema { queryType }`). */
function countIntrospections(): { count: number; restore: () => void } {
  const field = __Schema.getFields()['queryType']!;
  const original = field.resolve as GraphQLFieldResolver<unknown, unknown>;
  const counter = { count: 0, restore: () => void (field.resolve = original) };
  field.resolve = (...args) => {
    counter.count += 1;
    return original(...args);
  };
  return counter;
}

describe('LgxGraphQLModule start', () => {
  it('does not run an introspection query to check the schema it built, and serves it', async () => {
    const introspections = countIntrospections();
    const app = await NestFactory.create(PingModule, { logger: false });
    try {
      await app.init();
      expect(introspections.count).toBe(0);
      const response = await request(app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query: '{ ping __schema { queryType { name } } }' });
      expect(response.body).toEqual({
        data: { ping: 'pong', __schema: { queryType: { name: 'Query' } } },
      });
      expect(introspections.count).toBe(1);
    } finally {
      introspections.restore();
      await app.close();
    }
  });
});
