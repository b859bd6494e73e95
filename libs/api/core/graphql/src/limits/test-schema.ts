import { buildSchema, type GraphQLError, parse, specifiedRules, validate } from 'graphql';

import { queryLimitRules, type QueryLimits } from './query-limits';

/** A cut-down council schema with the shapes the limits care about: connections, lists, nesting. */
export const COUNCIL_SCHEMA = buildSchema(`
  type Council {
    code: ID!
    name: String!
    typeName: String!
    county: Council
    memberCouncils: [Council!]!
  }
  type CouncilEdge { cursor: String! node: Council! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type CouncilConnection { edges: [CouncilEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type Query {
    council(code: String!): Council
    councils(first: Int = 20, after: String): CouncilConnection!
  }
`);

/** Validates a query as Apollo does: the standard rules, then the limits. */
export function validateQuery(query: string, limits?: Partial<QueryLimits>): GraphQLError[] {
  return [
    ...validate(COUNCIL_SCHEMA, parse(query), [...specifiedRules, ...queryLimitRules(limits)]),
  ];
}

/** `council(code: "DER") { county { county { ... { name } } } }`, `levels` fields deep. */
export function nestedQuery(levels: number): string {
  return `{ council(code: "DER") ${'{ county '.repeat(levels - 2)}{ name }${' }'.repeat(levels - 2)} }`;
}
