import { validateQuery } from './test-schema';

const COUNCILS_PAGE = `
  query Councils($first: Int, $after: String) {
    councils(first: $first, after: $after) {
      totalCount
      edges { cursor node { code name typeName } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

describe('maxCostRule', () => {
  it('accepts the web app’s councils page, even at the largest page size', () => {
    expect(validateQuery(COUNCILS_PAGE)).toEqual([]);
  });

  it('refuses an expensive connection query, saying the cost and the limit', () => {
    const query = `{
      councils(first: 100) {
        edges { node { memberCouncils { memberCouncils { code name } } } }
      }
    }`;
    const errors = validateQuery(query);
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/^This query could cost [\d,]+ points .*; the limit is 10,000\./),
    ]);
    expect(errors[0]!.extensions['code']).toBe('QUERY_TOO_COMPLEX');
  });

  it('multiplies through lists by `first`, with 20 when it is left out', () => {
    // councils 1 + 20 × (edges 1 + 1 × (node 1 + name 1)) = 61
    const byDefault = '{ councils { edges { node { name } } } }';
    expect(validateQuery(byDefault, { maxCost: 61 })).toEqual([]);
    expect(validateQuery(byDefault, { maxCost: 60 })[0]?.message).toMatch(/could cost 61 points/);
    // 1 + 5 × 3 = 16
    expect(
      validateQuery('{ councils(first: 5) { edges { node { name } } } }', { maxCost: 15 })[0]
        ?.message,
    ).toMatch(/could cost 16 points/);
  });

  it('caps `first` at the page-size limit', () => {
    // 1 + 100 × 3 = 301, not 1 + 5000 × 3
    const query = '{ councils(first: 5000) { edges { node { name } } } }';
    expect(validateQuery(query, { maxCost: 300 })[0]?.message).toMatch(/could cost 301 points/);
  });
});
