import 'reflect-metadata';

import { CASE_STUDY_RESOLVERS } from '@lgx/api/feature-case-studies';
import { COMPONENT_RESOLVERS } from '@lgx/api/feature-components';
import { CONTRACT_RESOLVERS } from '@lgx/api/feature-contracts';
import { CouncilResolver } from '@lgx/api/feature-councils';
import { DISCOVERY_RESOLVERS } from '@lgx/api/feature-discovery';
import { IDENTITY_RESOLVERS } from '@lgx/api/feature-identity';
import { INSIGHT_RESOLVERS } from '@lgx/api/feature-insight';
import { NOTIFICATION_RESOLVERS } from '@lgx/api/feature-notifications';
import { PROCUREMENT_RESOLVERS } from '@lgx/api/feature-procurement';
import { QUESTION_RESOLVERS } from '@lgx/api/feature-questions';
import { SUPPLIER_RESOLVERS } from '@lgx/api/feature-suppliers';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

/** Every resolver of the API. An integration test checks this matches the running app's schema. */
export const RESOLVERS = [
  CouncilResolver,
  ...IDENTITY_RESOLVERS,
  ...DISCOVERY_RESOLVERS,
  ...CASE_STUDY_RESOLVERS,
  ...SUPPLIER_RESOLVERS,
  ...COMPONENT_RESOLVERS,
  ...PROCUREMENT_RESOLVERS,
  ...CONTRACT_RESOLVERS,
  ...NOTIFICATION_RESOLVERS,
  ...QUESTION_RESOLVERS,
  ...INSIGHT_RESOLVERS,
];

export const SCHEMA_FILE = `${__dirname}/../schema.gql`;

const HEADER = '# Generated from the API code by `npm run generate`. Do not edit.\n\n';

/** Prints the code-first schema, sorted, as committed in schema.gql. */
export async function printApiSchema(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
    return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
  } finally {
    await app.close();
  }
}

/** The same text for a schema an app built, to compare with the file. */
export function formatSchema(schema: Parameters<typeof printSchema>[0]): string {
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
