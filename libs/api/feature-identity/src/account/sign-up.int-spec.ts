import { loseRace } from '@lgx/api/testing';

import { browserLikeClient, errorCode } from '../test/browser-like-client';
import { bootIdentityApp, DERBY_DOMAIN, type IdentityTestApp } from '../test/identity-test-app';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { email } }`;
const VERIFY = `mutation($token: String!) { verifyEmail(token: $token) { email council { code name } } }`;
const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { status } }`;
const VIEWER = `{ viewer { account { email name emailVerified } council { code } councilRole } }`;

const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

describe('sign-up, email verification and sign-in', () => {
  let harness: IdentityTestApp;

  beforeAll(async () => {
    harness = await bootIdentityApp(DERBY_DOMAIN);
  });
  afterAll(() => harness?.close());
  // Every test comes from 127.0.0.1: start each with no failures counted.
  beforeEach(() => harness.dataSource.query('DELETE FROM rate_limit'));

  const input = (email: string, password = 'three random words') => ({
    email,
    name: 'Dana Officer',
    jobTitle: 'Digital lead',
    password,
  });

  it('answers a sign-up that loses a race for its address as any sign-up of a registered address', async () => {
    // Another sign-up of the address is being stored: this one looks, sees
    // nothing yet, and its insert waits on the other's until that commits.
    const email = 'same.moment@derby.gov.uk';
    const { data, errors } = await loseRace(
      harness,
      {
        sql: `INSERT INTO account (email, name, job_title) VALUES ($1, 'First', 'Officer')`,
        parameters: [email],
      },
      ['INSERT INTO "account"%'],
      () => browserLikeClient(harness).graphql(SIGN_UP, { input: input(email) }),
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({ signUp: { email } });
    const [{ count }] = await harness.dataSource.query(
      'SELECT count(*)::int AS count FROM account WHERE email = $1',
      [email],
    );
    expect(count).toBe(1);
  });

  it('makes a verified address on a council domain an officer of that council', async () => {
    const client = browserLikeClient(harness);
    const signUp = await client.graphql(SIGN_UP, { input: input('Dana.Officer@Derby.gov.uk') });
    expect(signUp.errors).toBeUndefined();
    expect(signUp.data).toEqual({ signUp: { email: 'dana.officer@derby.gov.uk' } });

    // Before verification, signing in is refused with a clear reason.
    const early = await client.graphql(SIGN_IN, {
      email: 'dana.officer@derby.gov.uk',
      password: 'three random words',
    });
    expect(errorCode(early)).toBe('EMAIL_NOT_VERIFIED');

    const link = await harness.linkFor('dana.officer@derby.gov.uk', /\/verify-email\?token=/);
    const verified = await client.graphql(VERIFY, { token: tokenOf(link) });
    expect(verified.data).toEqual({
      verifyEmail: { email: 'dana.officer@derby.gov.uk', council: { code: 'DER', name: 'Derby' } },
    });

    const signIn = await client.graphql(SIGN_IN, {
      email: 'DANA.officer@derby.gov.uk',
      password: 'three random words',
    });
    expect(signIn.data).toEqual({ signIn: { status: 'SIGNED_IN' } });
    const viewer = await client.graphql(VIEWER);
    expect(viewer.data).toEqual({
      viewer: {
        account: { email: 'dana.officer@derby.gov.uk', name: 'Dana Officer', emailVerified: true },
        council: { code: 'DER' },
        councilRole: 'OFFICER',
      },
    });
  });

  it('refuses a verification link used twice, or after it expired', async () => {
    const client = browserLikeClient(harness);
    await client.graphql(SIGN_UP, { input: input('reuse@derby.gov.uk') });
    const token = tokenOf(await harness.linkFor('reuse@derby.gov.uk', /verify-email/));
    expect((await client.graphql(VERIFY, { token })).errors).toBeUndefined();
    expect(errorCode(await client.graphql(VERIFY, { token }))).toBe('LINK_INVALID');

    await client.graphql(SIGN_UP, { input: input('late@derby.gov.uk') });
    const late = tokenOf(await harness.linkFor('late@derby.gov.uk', /verify-email/));
    await harness.dataSource.query(
      `UPDATE one_time_token SET expires_at = now() - interval '1 second' WHERE purpose = 'verify-email' AND used_at IS NULL`,
    );
    const expired = await client.graphql(VERIFY, { token: late });
    expect(errorCode(expired)).toBe('LINK_INVALID');
    expect(expired.errors?.[0]?.message).toMatch(/expired or has already been used/);
  });

  it('gives an account outside any council domain no council', async () => {
    const client = browserLikeClient(harness);
    await client.graphql(SIGN_UP, { input: input('someone@example.org') });
    const verified = await client.graphql(VERIFY, {
      token: tokenOf(await harness.linkFor('someone@example.org', /verify-email/)),
    });
    expect(verified.data).toEqual({ verifyEmail: { email: 'someone@example.org', council: null } });
  });

  it('does not reveal that an email is registered', async () => {
    const client = browserLikeClient(harness);
    await client.graphql(SIGN_UP, { input: input('taken@derby.gov.uk') });
    const again = await client.graphql(SIGN_UP, {
      input: input('taken@derby.gov.uk', 'another long passphrase'),
    });
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual({ signUp: { email: 'taken@derby.gov.uk' } });
    const last = (await harness.mail()).filter((raw) => raw.includes('taken@derby.gov.uk')).pop()!;
    expect(last).toMatch(/already has one/);
    const [{ n }] = await harness.dataSource.query(
      `SELECT count(*)::int AS n FROM account WHERE email = 'taken@derby.gov.uk'`,
    );
    expect(n).toBe(1);
  });

  it('names every bad field and creates nothing', async () => {
    const before = await harness.dataSource.query(`SELECT count(*)::int AS n FROM account`);
    const response = await browserLikeClient(harness).graphql(SIGN_UP, {
      input: { email: 'not-an-email', name: '', jobTitle: 'x'.repeat(101), password: 'password1' },
    });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    const fields = (
      response.errors?.[0]?.extensions?.['fields'] as { field: string; message: string }[]
    ).map((f) => f.field);
    expect(fields).toEqual(['email', 'name', 'jobTitle', 'password']);
    expect(await harness.dataSource.query(`SELECT count(*)::int AS n FROM account`)).toEqual(
      before,
    );
  });

  it.each([
    ['short', 'short1', /8 characters or more/],
    ['common', 'iloveyou', /too common/],
    ['too long', 'x'.repeat(129), /128 characters or fewer/],
  ])('refuses a %s password', async (_why, password, message) => {
    const response = await browserLikeClient(harness).graphql(SIGN_UP, {
      input: input(`pw-${Math.random()}@example.org`, password),
    });
    expect(response.errors?.[0]?.message).toMatch(message);
  });

  it('accepts a 64-character passphrase with no composition rules', async () => {
    const response = await browserLikeClient(harness).graphql(SIGN_UP, {
      input: input('long@example.org', 'a'.repeat(30) + ' ' + 'b'.repeat(33)),
    });
    expect(response.errors).toBeUndefined();
  });

  it('stores passwords as Argon2id with OWASP parameters', async () => {
    const [{ password_hash }] = await harness.dataSource.query(
      `SELECT password_hash FROM account WHERE email = 'long@example.org'`,
    );
    expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('throttles after 10 failures for an account, even with the right password after', async () => {
    const client = browserLikeClient(harness);
    await client.graphql(SIGN_UP, { input: input('throttle@derby.gov.uk') });
    await client.graphql(VERIFY, {
      token: tokenOf(await harness.linkFor('throttle@derby.gov.uk', /verify-email/)),
    });
    for (let attempt = 0; attempt < 10; attempt++) {
      const wrong = await client.graphql(SIGN_IN, {
        email: 'throttle@derby.gov.uk',
        password: `wrong password ${attempt}`,
      });
      expect(errorCode(wrong)).toBe('BAD_CREDENTIALS');
    }
    const locked = await client.graphql(SIGN_IN, {
      email: 'throttle@derby.gov.uk',
      password: 'three random words',
    });
    expect(errorCode(locked)).toBe('TOO_MANY_ATTEMPTS');
    expect(locked.errors?.[0]?.message).toMatch(/Wait 15 minutes/);
    const [{ n }] = await harness.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'sign-in' AND outcome = 'failure'`,
    );
    expect(n).toBeGreaterThanOrEqual(10);
  });

  it('throttles by IP address across accounts', async () => {
    const client = browserLikeClient(harness);
    // Failures against unknown accounts from this address count for the address.
    for (let attempt = 0; attempt < 10; attempt++) {
      await client.graphql(SIGN_IN, {
        email: `nobody-${attempt}@example.org`,
        password: 'whatever it is',
      });
    }
    const locked = await client.graphql(SIGN_IN, {
      email: 'long@example.org',
      password: 'a'.repeat(30) + ' ' + 'b'.repeat(33),
    });
    expect(errorCode(locked)).toBe('TOO_MANY_ATTEMPTS');
  });

  it('resets a forgotten password once per link and ends every session', async () => {
    const client = browserLikeClient(harness);
    await client.graphql(SIGN_UP, { input: input('forgot@derby.gov.uk') });
    await client.graphql(VERIFY, {
      token: tokenOf(await harness.linkFor('forgot@derby.gov.uk', /verify-email/)),
    });
    await client.graphql(SIGN_IN, { email: 'forgot@derby.gov.uk', password: 'three random words' });
    expect(
      (await client.graphql<{ viewer: { account: unknown } }>(VIEWER)).data!.viewer.account,
    ).not.toBeNull();

    await browserLikeClient(harness).graphql(
      `mutation { requestPasswordReset(email: "forgot@derby.gov.uk") { email } }`,
    );
    const token = tokenOf(await harness.linkFor('forgot@derby.gov.uk', /reset-password/));
    const reset = await browserLikeClient(harness).graphql(
      `mutation($t: String!) { resetPassword(token: $t, password: "a brand new passphrase") }`,
      { t: token },
    );
    expect(reset.data).toEqual({ resetPassword: true });
    const again = await browserLikeClient(harness).graphql(
      `mutation($t: String!) { resetPassword(token: $t, password: "yet another passphrase") }`,
      { t: token },
    );
    expect(errorCode(again)).toBe('LINK_INVALID');

    expect(
      (await client.graphql<{ viewer: { account: unknown } }>(VIEWER)).data!.viewer.account,
    ).toBeNull();
    const signIn = await browserLikeClient(harness).graphql(SIGN_IN, {
      email: 'forgot@derby.gov.uk',
      password: 'a brand new passphrase',
    });
    expect(signIn.data).toEqual({ signIn: { status: 'SIGNED_IN' } });
  });
});
