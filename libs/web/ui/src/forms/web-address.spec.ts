import { completeWebAddress } from './web-address';

describe('completeWebAddress', () => {
  it('puts https:// in front of an address typed without it', () => {
    expect(completeWebAddress('example.org')).toBe('https://example.org');
    expect(completeWebAddress('  www.capita.com/local-government ')).toBe(
      'https://www.capita.com/local-government',
    );
    expect(completeWebAddress('example.org:8080/a')).toBe('https://example.org:8080/a');
    expect(completeWebAddress('//example.org')).toBe('https://example.org');
  });

  it('leaves an address with its scheme, or nothing, as typed for the API to check', () => {
    expect(completeWebAddress('https://example.org')).toBe('https://example.org');
    expect(completeWebAddress('HTTP://example.org')).toBe('HTTP://example.org');
    expect(completeWebAddress('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(completeWebAddress('   ')).toBe('');
  });
});
