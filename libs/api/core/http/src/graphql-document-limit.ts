import type { RequestHandler } from 'express';
import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';

import { sendJsonError } from './json-error';

/**
 * How large a GraphQL document (the query text, not its variables) may be.
 * The web app's largest operation is under 3 KB and 500 tokens; long values
 * belong in variables, which only the body limit bounds.
 */
export const GRAPHQL_DOCUMENT_LIMITS = {
  /** Bytes of query text (UTF-8). */
  maxBytes: 100 * 1024,
  /** Lexical tokens (names, punctuation, values; comments are not counted). */
  maxTokens: 5_000,
  /** Directives (`@include`, `@skip`) in the whole document. */
  maxDirectives: 50,
} as const;

export const QUERY_TOO_LARGE = 'QUERY_TOO_LARGE';
const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

/**
 * The tokens and directives (`@`) in `query`, counting no further than
 * `limit + 1` tokens, so a huge document costs no more than a small one to
 * refuse. Undefined when the text is not even lexically GraphQL (the parser
 * then says where).
 */
export function countTokens(
  query: string,
  limit: number,
): { tokens: number; directives: number } | undefined {
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  let directives = 0;
  try {
    for (let kind = lexer.advance().kind; kind !== TokenKind.EOF; kind = lexer.advance().kind) {
      tokens += 1;
      if (kind === TokenKind.AT) directives += 1;
      if (tokens > limit) break;
    }
  } catch (error) {
    if (error instanceof GraphQLError) return undefined;
    throw error;
  }
  return { tokens, directives };
}

/**
 * Refuses a GraphQL document over the size or token limit before anything
 * parses it: parsing 5 MB of repeated directives takes seconds of the one
 * thread every request shares. Mount after the body parsers, on /graphql.
 */
export function graphqlDocumentLimit(limits = GRAPHQL_DOCUMENT_LIMITS): RequestHandler {
  return (request, response, next) => {
    const body: unknown = request.body;
    const fromBody =
      body && typeof body === 'object' && !Array.isArray(body)
        ? (body as Record<string, unknown>)['query']
        : undefined;
    const query = typeof fromBody === 'string' ? fromBody : request.query['query'];
    if (typeof query !== 'string') return next();
    // A UTF-8 byte is at most one UTF-16 unit, so only long strings need counting.
    if (query.length > limits.maxBytes / 3 && Buffer.byteLength(query) > limits.maxBytes) {
      return sendJsonError(
        response,
        413,
        QUERY_TOO_LARGE,
        `This query is ${formatKilobytes(Buffer.byteLength(query))}; the limit is ${formatKilobytes(limits.maxBytes)}. Send long values as variables, or split the query.`,
      );
    }
    const counted = countTokens(query, limits.maxTokens);
    if (counted && counted.tokens > limits.maxTokens) {
      return sendJsonError(
        response,
        400,
        QUERY_TOO_LARGE,
        `This query has more than ${limits.maxTokens.toLocaleString('en-GB')} tokens (names, values and punctuation), the limit. Ask for fewer fields, or split it into several queries.`,
      );
    }
    // Counted here too: the standard validation rules would first report each
    // repeated directive as its own error.
    if (counted && counted.directives > limits.maxDirectives) {
      return sendJsonError(
        response,
        400,
        QUERY_TOO_COMPLEX,
        `This query uses ${counted.directives.toLocaleString('en-GB')} directives; the limit is ${limits.maxDirectives}. Ask for fewer fields conditionally, or split it into several queries.`,
      );
    }
    next();
  };
}

function formatKilobytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024).toLocaleString('en-GB')} KB`;
}
