import { companiesHouseNumberOf, directoryNameOf, LinkCandidates } from './supplier-link';

describe('companiesHouseNumberOf', () => {
  it.each([
    ['01234567', '01234567'],
    ['1234567', '01234567'],
    [' sc 123456 ', 'SC123456'],
    ['SC12345', 'SC012345'],
    ['GB-COH-09876543', '09876543'],
  ])('normalises %j to %j', (published, expected) => {
    expect(companiesHouseNumberOf(published)).toBe(expected);
  });

  it.each([null, '', 'N/A', '123456789', 'XX123456', 'Not registered'])(
    'ignores %j, which is not a Companies House number',
    (published) => {
      expect(companiesHouseNumberOf(published)).toBeNull();
    },
  );
});

describe('directoryNameOf', () => {
  it("tidies spaces and keeps to the directory's 150 characters", () => {
    expect(directoryNameOf('  Acme \n Ltd ')).toBe('Acme Ltd');
    expect(directoryNameOf('A'.repeat(200))).toHaveLength(150);
  });
});

describe('LinkCandidates', () => {
  const candidates = () =>
    new LinkCandidates([
      { id: 'acme', companyNumber: '01234567', nameKey: 'acme ltd' },
      { id: 'civica', companyNumber: null, nameKey: 'civica uk ltd' },
      { id: 'twin-1', companyNumber: null, nameKey: 'twin ltd' },
      { id: 'twin-2', companyNumber: null, nameKey: 'twin ltd' },
    ]);

  it('finds by Companies House number first, whatever the name', () => {
    expect(candidates().find('01234567', 'something else ltd')).toBe('acme');
  });

  it('finds by name when exactly one entry has it and no numbers disagree', () => {
    expect(candidates().find(null, 'civica uk ltd')).toBe('civica');
    expect(candidates().find(null, 'acme ltd')).toBe('acme');
  });

  it('does not guess between two entries of one name, nor across different numbers', () => {
    expect(candidates().find(null, 'twin ltd')).toBeNull();
    expect(candidates().find('07654321', 'acme ltd')).toBeNull();
    expect(candidates().find(null, 'unknown ltd')).toBeNull();
  });

  it('finds an entry added since, so one batch makes one entry per supplier', () => {
    const all = candidates();
    all.add({ id: 'new', companyNumber: '05555555', nameKey: 'new ltd' });
    expect(all.find('05555555', 'new ltd')).toBe('new');
    expect(all.find(null, 'new ltd')).toBe('new');
  });
});
