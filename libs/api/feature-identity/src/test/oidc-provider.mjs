// A real OpenID Connect provider (the oidc-provider package) for the sign-on
// tests, run as its own Node process. Settings come from the environment.
import Provider from 'oidc-provider';

const { PORT, CLIENT_ID, CLIENT_SECRET, REDIRECT_URI, EMAIL, EMAIL_VERIFIED } = process.env;
const issuer = `http://127.0.0.1:${PORT}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      redirect_uris: [REDIRECT_URI],
      response_types: ['code'],
      grant_types: ['authorization_code'],
    },
  ],
  findAccount: (_ctx, sub) => ({
    accountId: sub,
    claims: () => ({
      sub,
      email: EMAIL,
      email_verified: EMAIL_VERIFIED !== 'false',
      name: 'Sam Sign-On',
    }),
  }),
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['lgx-test-cookie-key'] },
});
provider.proxy = false;
provider.listen(Number(PORT), '127.0.0.1', () => console.log(`oidc-provider ready at ${issuer}`));
