import { safeReturnTo, signInPath, twoFactorPath } from './return-to';

describe('safeReturnTo', () => {
  it.each([
    ['/account', '/account'],
    ['/council/members?x=1#top', '/council/members?x=1#top'],
    ['/councils/DER', '/councils/DER'],
    ['/', '/'],
  ])('keeps the same-site path %s', (raw, expected) => {
    expect(safeReturnTo(raw)).toBe(expected);
  });

  it.each([
    ['another site', 'https://evil.example/account'],
    ['a protocol-relative URL', '//evil.example/account'],
    ['a backslash that browsers read as a slash', '/\\evil.example'],
    ['a backslash later on', '/account\\..\\x'],
    ['a tab browsers would drop', '/\t/evil.example'],
    ['a newline', '/\n/evil.example'],
    ['a space', '/ /evil.example'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path', 'account'],
    ['nothing', ''],
    ['null', null],
    ['undefined', undefined],
    ['the sign-in page', '/sign-in?returnTo=/account'],
    ['the two-factor step', '/sign-in/two-factor'],
    ['a very long path', `/${'a'.repeat(2001)}`],
  ])('refuses %s', (_what, raw) => {
    expect(safeReturnTo(raw)).toBe('/');
  });

  it('uses the fallback given', () => {
    expect(safeReturnTo('//evil.example', '/account')).toBe('/account');
  });

  it('normalises dot segments without leaving the site', () => {
    expect(safeReturnTo('/a/../../account')).toBe('/account');
  });
});

describe('signInPath and twoFactorPath', () => {
  it('carry a safe return path, encoded', () => {
    expect(signInPath('/council/members?x=1')).toBe(
      '/sign-in?returnTo=%2Fcouncil%2Fmembers%3Fx%3D1',
    );
    expect(twoFactorPath('/account')).toBe('/sign-in/two-factor?returnTo=%2Faccount');
  });

  it('leave out home and anything unsafe', () => {
    expect(signInPath('/')).toBe('/sign-in');
    expect(signInPath('//evil.example')).toBe('/sign-in');
    expect(twoFactorPath('https://evil.example')).toBe('/sign-in/two-factor');
  });
});
