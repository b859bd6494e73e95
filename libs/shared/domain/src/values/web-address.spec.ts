import { completeWebAddress, isWebAddress } from './web-address';

describe('completeWebAddress', () => {
  it.each([
    ['bops.digital', 'https://bops.digital'],
    ['www.example.org/x', 'https://www.example.org/x'],
    ['  github.com/council/app  ', 'https://github.com/council/app'],
    ['example.org:8080/path?q=1#top', 'https://example.org:8080/path?q=1#top'],
    ['sub.domain.gov.uk?x=1', 'https://sub.domain.gov.uk?x=1'],
    ['//cdn.example.org/a', 'https://cdn.example.org/a'],
    ['localhost:3000', 'https://localhost:3000'],
  ])('completes %s to %s', (typed, completed) => {
    expect(completeWebAddress(typed)).toBe(completed);
    expect(isWebAddress(completeWebAddress(typed))).toBe(true);
  });

  it.each([
    ['https://bops.digital', 'https://bops.digital'],
    ['http://example.org', 'http://example.org'],
    ['HTTPS://Example.org/Path', 'HTTPS://Example.org/Path'],
    ['git+ssh://host/repo', 'git+ssh://host/repo'],
  ])('keeps an address that has its scheme: %s', (typed, kept) => {
    expect(completeWebAddress(typed)).toBe(kept);
  });

  it.each(['mailto:a@b.org', 'javascript:alert(1)', 'ftp:x.org', 'not a web address', 'bops', ''])(
    'leaves text that is not a host name for the checks to refuse: %s',
    (typed) => {
      expect(completeWebAddress(typed)).toBe(typed);
    },
  );

  it('does not complete text with spaces in it', () => {
    expect(completeWebAddress('example.org/a b')).toBe('example.org/a b');
  });
});

describe('isWebAddress', () => {
  it('accepts http and https addresses only', () => {
    expect(isWebAddress('https://example.org')).toBe(true);
    expect(isWebAddress('http://example.org')).toBe(true);
    expect(isWebAddress('ftp://example.org')).toBe(false);
    expect(isWebAddress('example.org')).toBe(false);
  });
});
