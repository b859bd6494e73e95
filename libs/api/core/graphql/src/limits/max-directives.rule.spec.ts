import { validateQuery } from './test-schema';

describe('maxDirectivesRule', () => {
  it('refuses many directives on one field, once, saying how many and the limit', () => {
    // The standard rules add one error per repeat; under 100 of them, ours follow.
    const query = `{ councils { totalCount ${'@skip(if: false) '.repeat(60)} } }`;
    const errors = validateQuery(query);
    const ours = errors.filter((error) => error.extensions['code'] === 'QUERY_TOO_COMPLEX');
    expect(ours.map((error) => error.message)).toEqual([
      expect.stringMatching(
        /^This query puts 60 directives on one field \(totalCount\); the limit is 3\./,
      ),
      expect.stringMatching(/^This query uses 60 directives; the limit is 50\./),
    ]);
  });

  it('accepts @include and @skip together, and counts directives across the document', () => {
    const field = (index: number) =>
      `c${index}: council(code: "DER") @include(if: true) @skip(if: false) { name }`;
    const within = `{ ${Array.from({ length: 25 }, (_, index) => field(index)).join(' ')} }`;
    expect(validateQuery(within)).toEqual([]);
    const over = `{ ${Array.from({ length: 26 }, (_, index) => field(index)).join(' ')} }`;
    expect(validateQuery(over).map((error) => error.message)).toEqual([
      expect.stringMatching(/^This query uses 52 directives; the limit is 50\./),
    ]);
  });

  it('counts directives on fragments and operations too', () => {
    const query = `query Q @a @b @c @d { council(code: "DER") { ...F } } fragment F on Council { name }`;
    const messages = validateQuery(query).map((error) => error.message);
    expect(messages).toContainEqual(expect.stringMatching(/4 directives on one operation/));
  });
});
