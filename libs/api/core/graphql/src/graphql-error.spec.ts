import { GraphQLError } from 'graphql';

import { formatGraphQLError, MAX_ERROR_TEXT, UserFacingError } from './graphql-error';

describe('formatGraphQLError', () => {
  it('passes a user-facing error through with its code and no stack trace', () => {
    const error = new UserFacingError('BAD_CURSOR', 'The cursor is not valid.');
    const logged: unknown[] = [];
    const formatted = formatGraphQLError(
      { message: error.message, extensions: { code: 'BAD_CURSOR', stacktrace: ['at x'] } },
      error,
      (e) => logged.push(e),
    );
    expect(formatted).toEqual({
      message: 'The cursor is not valid.',
      extensions: { code: 'BAD_CURSOR' },
    });
    expect(logged).toEqual([]);
  });

  it('never echoes a long value back: every text of a shown error is cut short', () => {
    const huge = 'x'.repeat(1024 * 1024);
    const error = new UserFacingError('BAD_USER_INPUT', `${huge} is not a current council`, {
      fields: [{ field: 'coAuthorCouncilCodes', message: `${huge} is not a current council` }],
    });
    const formatted = formatGraphQLError(
      { message: error.message, extensions: { ...error.extensions } },
      error,
      () => undefined,
    );
    expect(formatted.message.length).toBeLessThanOrEqual(MAX_ERROR_TEXT);
    expect(formatted.message.endsWith('…')).toBe(true);
    expect(JSON.stringify(formatted.extensions).length).toBeLessThan(2 * MAX_ERROR_TEXT);
    expect(formatted.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'coAuthorCouncilCodes' }],
    });
  });

  it('masks an unexpected error and logs the original', () => {
    const original = new Error('connect ECONNREFUSED postgres://lgx:secret@db/lgx');
    const wrapped = new GraphQLError(original.message, { originalError: original });
    const logged: unknown[] = [];
    const formatted = formatGraphQLError(
      {
        message: original.message,
        path: ['councils'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
      wrapped,
      (e) => logged.push(e),
    );
    expect(formatted.message).toMatch(/Something went wrong on our side/);
    expect(JSON.stringify(formatted)).not.toContain('secret');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(logged).toEqual([original]);
  });

  it('keeps GraphQL validation errors, which describe the request', () => {
    const error = new GraphQLError('Cannot query field "nope" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const formatted = formatGraphQLError(
      { message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      error,
      () => undefined,
    );
    expect(formatted.message).toBe(error.message);
  });

  it.each([
    [
      'a malformed uuid',
      { name: 'QueryFailedError', code: '22P02', driverError: { code: '22P02' } },
    ],
    ['an impossible date', { name: 'QueryFailedError', driverError: { code: '22008' } }],
    ['a number out of range', { code: '22003' }],
    [
      'an invalid search request',
      {
        name: 'MeilisearchRequestError',
        cause: { code: 'invalid_search_q', type: 'invalid_request' },
      },
    ],
  ])('answers %s refused by the store with BAD_USER_INPUT, still logged', (_what, fields) => {
    const original = Object.assign(
      new Error('invalid input syntax for type uuid: "secret"'),
      fields,
    );
    const logged: unknown[] = [];
    const formatted = formatGraphQLError(
      {
        message: original.message,
        path: ['caseStudy'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
      new GraphQLError(original.message, { originalError: original }),
      (e) => logged.push(e),
    );
    expect(formatted).toEqual({
      message: expect.stringMatching(/^A value you sent cannot be used as given/),
      path: ['caseStudy'],
      locations: undefined,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(logged).toEqual([original]);
  });

  it('still masks other database failures', () => {
    const original = Object.assign(new Error('deadlock'), { code: '40P01' });
    const formatted = formatGraphQLError(
      { message: original.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      new GraphQLError(original.message, { originalError: original }),
      () => undefined,
    );
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
