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
    // councils 1 + (edges 1 + 20 × (node 1 + name 1)) = 42: `first` multiplies the edges only
    const byDefault = '{ councils { edges { node { name } } } }';
    expect(validateQuery(byDefault, { maxCost: 42 })).toEqual([]);
    expect(validateQuery(byDefault, { maxCost: 41 })[0]?.message).toMatch(/could cost 42 points/);
    // 1 + 1 + 5 × 2 = 12
    expect(
      validateQuery('{ councils(first: 5) { edges { node { name } } } }', { maxCost: 11 })[0]
        ?.message,
    ).toMatch(/could cost 12 points/);
    // totalCount is not multiplied: 1 + (1 + 5 × 2) + 1 = 13
    expect(
      validateQuery('{ councils(first: 5) { totalCount edges { node { name } } } }', {
        maxCost: 12,
      })[0]?.message,
    ).toMatch(/could cost 13 points/);
  });

  it('caps `first` at the page-size limit', () => {
    // 1 + 1 + 100 × 2 = 202, not 1 + 1 + 5000 × 2
    const query = '{ councils(first: 5000) { edges { node { name } } } }';
    expect(validateQuery(query, { maxCost: 201 })[0]?.message).toMatch(/could cost 202 points/);
  });
});
