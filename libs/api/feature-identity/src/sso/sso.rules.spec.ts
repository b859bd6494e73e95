import { checkSsoSettings } from './sso.rules';

const settings = {
  domain: ' Derby.GOV.uk ',
  issuer: 'https://login.example.com/tenant/v2.0',
  clientId: 'client',
  clientSecret: 'secret',
};
const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { field?: string } }).extensions?.field;
  }
  return undefined;
};

describe('checkSsoSettings', () => {
  it('returns the domain in lower case and the issuer as a URL', () => {
    const { domain, issuer } = checkSsoSettings(settings, 'production');
    expect(domain).toBe('derby.gov.uk');
    expect(issuer.toString()).toBe('https://login.example.com/tenant/v2.0');
  });

  it('names the first field that is wrong', () => {
    expect(fieldOf(() => checkSsoSettings({ ...settings, domain: 'derby' }, 'test'))).toBe(
      'domain',
    );
    expect(fieldOf(() => checkSsoSettings({ ...settings, issuer: 'not a url' }, 'test'))).toBe(
      'issuer',
    );
    expect(fieldOf(() => checkSsoSettings({ ...settings, clientId: ' ' }, 'test'))).toBe(
      'clientId',
    );
    expect(fieldOf(() => checkSsoSettings({ ...settings, clientSecret: '' }, 'test'))).toBe(
      'clientSecret',
    );
  });

  it('needs https in production only', () => {
    const http = { ...settings, issuer: 'http://localhost:9999' };
    expect(fieldOf(() => checkSsoSettings(http, 'production'))).toBe('issuer');
    expect(checkSsoSettings(http, 'development').issuer.protocol).toBe('http:');
  });
});
