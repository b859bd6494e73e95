import 'reflect-metadata';

import { __Schema, type GraphQLFieldResolver } from 'graphql';

import { printApiSchema } from './schema';

// Apps start without Nest's introspection check of the schema they build (decision 0077):
// `npm run generate -- --check` in CI is where it runs, on the same resolvers.
it('printing the API schema checks it with an introspection query', async () => {
  const field = __Schema.getFields()['queryType']!;
  const original = field.resolve as GraphQLFieldResolver<unknown, unknown>;
  let introspections = 0;
  field.resolve = (...args) => {
    introspections += 1;
    return original(...args);
  };
  try {
    expect(await printApiSchema()).toContain('type Query {');
  } finally {
    field.resolve = original;
  }
  expect(introspections).toBe(1);
});
