import { validateQuery } from './test-schema';

const aliased = (count: number) =>
  `{ ${Array.from({ length: count }, (_, index) => `c${index}: council(code: "DER") { name }`).join(' ')} }`;

describe('maxAliasesRule', () => {
  it('refuses 100 aliases, saying how many and the limit', () => {
    const errors = validateQuery(aliased(100), { maxCost: Infinity });
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/^This query uses 100 aliases; the limit is 30\./),
    ]);
    expect(errors[0]!.extensions['code']).toBe('QUERY_TOO_COMPLEX');
  });

  it('accepts 30 aliases', () => {
    expect(validateQuery(aliased(30))).toEqual([]);
  });

  it('counts the aliases of a fragment each time it is spread', () => {
    const query = `
      query { a: council(code: "A") { ...Names } b: council(code: "B") { ...Names } }
      fragment Names on Council { n1: name n2: name n3: name }`;
    expect(validateQuery(query, { maxAliases: 7 })[0]?.message).toMatch(/uses 8 aliases/);
    expect(validateQuery(query, { maxAliases: 8 })).toEqual([]);
  });
});
