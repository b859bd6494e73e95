import { getIntrospectionQuery } from 'graphql';

import { nestedQuery, validateQuery } from './test-schema';

describe('maxDepthRule', () => {
  it('refuses a query nested 50 levels deep, saying how deep and the limit', () => {
    const errors = validateQuery(nestedQuery(50));
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/^This query is nested 50 levels deep; the limit is 12\./),
    ]);
    expect(errors[0]!.extensions['code']).toBe('QUERY_TOO_COMPLEX');
  });

  it('accepts a query exactly at the limit and refuses one level more', () => {
    expect(validateQuery(nestedQuery(12))).toEqual([]);
    expect(validateQuery(nestedQuery(13))[0]?.message).toMatch(/nested 13 levels deep/);
  });

  it('follows fragments, inline fragments included', () => {
    const query = `
      query { council(code: "DER") { ...Deep } }
      fragment Deep on Council { county { ... on Council { county { ...Deeper } } } }
      fragment Deeper on Council { county { county { name } } }`;
    expect(validateQuery(query, { maxDepth: 5 })[0]?.message).toMatch(/nested 6 levels deep/);
    expect(validateQuery(query, { maxDepth: 6 })).toEqual([]);
  });

  it('survives a fragment cycle, which the standard rules report', () => {
    const query = `
      query { council(code: "DER") { ...A } }
      fragment A on Council { county { ...B } }
      fragment B on Council { county { ...A } }`;
    const messages = validateQuery(query).map((error) => error.message);
    expect(messages).toEqual([expect.stringMatching(/Cannot spread fragment "A" within itself/)]);
  });

  it('leaves the standard introspection query alone', () => {
    expect(validateQuery(getIntrospectionQuery())).toEqual([]);
  });
});
