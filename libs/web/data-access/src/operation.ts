import type { TypedDocumentString } from './generated/graphql';

/**
 * A typed GraphQL operation as generated (`npm run generate`): the document's
 * text, typed with its result and variables. Sent as it is, so the web app
 * carries no GraphQL parser or printer.
 */
export type Operation<Result, Variables> = TypedDocumentString<Result, Variables>;

/** What an operation is and its name, read from its text: `query CaseStudy(...)` is ("query", "CaseStudy"). */
export function operationOf(document: { toString(): string }): {
  kind: 'query' | 'mutation' | 'subscription' | 'fragment';
  name: string;
} {
  const match = /^\s*(query|mutation|subscription|fragment)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(
    document.toString(),
  );
  if (!match) return { kind: 'query', name: 'anonymous' };
  return {
    kind: match[1] as 'query' | 'mutation' | 'subscription' | 'fragment',
    name: match[2] ?? 'anonymous',
  };
}
