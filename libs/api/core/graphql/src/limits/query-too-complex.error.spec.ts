import { GraphQLError } from 'graphql';

import { formatGraphQLError } from '../graphql-error';
import { QueryTooComplexError } from './query-too-complex.error';

describe('QueryTooComplexError', () => {
  it('reaches the client with its message and code, through Apollo’s validation wrapper', () => {
    const refused = new QueryTooComplexError(
      'This query is nested 50 levels deep; the limit is 12.',
    );
    // What Apollo makes of a validation-rule error: same message, code overwritten.
    const wrapped = new GraphQLError(refused.message, {
      originalError: refused,
      extensions: { ...refused.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const logged: unknown[] = [];
    const formatted = formatGraphQLError(
      { message: wrapped.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      wrapped,
      (error) => logged.push(error),
    );
    expect(formatted).toEqual({
      message: 'This query is nested 50 levels deep; the limit is 12.',
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
    expect(logged).toEqual([]);
  });
});
