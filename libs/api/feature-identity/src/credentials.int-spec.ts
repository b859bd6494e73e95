import type { GraphQLResponse } from '@lgx/api/testing';
import { Secret, TOTP } from 'otpauth';
import request from 'supertest';

import { errorCode } from './test/browser-like-client';
import { bootIdentityApp, type IdentityTestApp } from './test/identity-test-app';

const PASSWORD = 'three random words';
const VIEWER = `{ viewer { account { id } } }`;
const CHANGE = `mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`;
const DELETE = `mutation($password: String!) { deleteMyAccount(password: $password) }`;

const codeFor = (secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate();

/** One device: a session cookie, replaced whenever the API sets a new one. */
interface Device {
  cookie: string;
  graphql: <Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<GraphQLResponse<Data>>;
}

describe('changing credentials', () => {
  let harness: IdentityTestApp;
  let counter = 0;

  beforeAll(async () => {
    harness = await bootIdentityApp();
  });
  afterAll(() => harness?.close());
  // Every request comes from 127.0.0.1: start each test with no failures counted.
  beforeEach(() => harness.dataSource.query("DELETE FROM rate_limit WHERE key LIKE 'sign-in:%'"));

  const post = (cookie: string, query: string, variables?: Record<string, unknown>) =>
    request(harness.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('cookie', cookie)
      .send({ query, variables });

  function device(cookie = ''): Device {
    const self: Device = {
      cookie,
      graphql: async (query, variables) => {
        const response = await post(self.cookie, query, variables);
        const set = ([] as string[])
          .concat(response.headers['set-cookie'] ?? [])
          .find((header) => header.startsWith('lgx_session='));
        if (set) self.cookie = set.split(';')[0]!;
        return { status: response.status, ...(response.body as object) };
      },
    };
    return self;
  }

  /** A verified account with a password, and a device signed in to it. */
  async function account(): Promise<{ email: string; id: string }> {
    const email = `person-${++counter}-${Date.now()}@example.org`;
    await device().graphql(
      `mutation($email: String!, $password: String!) { signUp(input: { email: $email, name: "Pat", jobTitle: "Officer", password: $password }) { email } }`,
      { email, password: PASSWORD },
    );
    const token = new URL(await harness.linkFor(email, /verify-email/)).searchParams.get('token');
    await device().graphql(`mutation($t: String!) { verifyEmail(token: $t) { email } }`, {
      t: token,
    });
    const [{ id }] = await harness.dataSource.query(`SELECT id FROM account WHERE email = $1`, [
      email,
    ]);
    return { email, id };
  }

  async function signIn(email: string, password = PASSWORD): Promise<Device> {
    const signedIn = device();
    const response = await signedIn.graphql(
      `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { status } }`,
      { email, password },
    );
    expect(response.errors).toBeUndefined();
    return signedIn;
  }

  const signedInAs = async (who: Device) =>
    ((await who.graphql(VIEWER)).data as { viewer: { account: { id: string } | null } }).viewer
      .account?.id ?? null;

  const liveSessions = async (accountId: string) =>
    (
      await harness.dataSource.query(
        `SELECT count(*)::int AS n FROM session WHERE account_id = $1 AND revoked_at IS NULL`,
        [accountId],
      )
    )[0].n as number;

  async function enrolMfa(who: Device): Promise<{ secret: string; codes: string[] }> {
    const start = await who.graphql<{ startMfaEnrolment: { secret: string } }>(
      `mutation { startMfaEnrolment { secret } }`,
    );
    const { secret } = start.data!.startMfaEnrolment;
    const confirm = await who.graphql<{ confirmMfaEnrolment: { codes: string[] } }>(
      `mutation($code: String!) { confirmMfaEnrolment(code: $code) { codes } }`,
      { code: codeFor(secret) },
    );
    expect(confirm.errors).toBeUndefined();
    return { secret, codes: confirm.data!.confirmMfaEnrolment.codes };
  }

  describe('sessions', () => {
    it('a password change signs out every other session and renews this one', async () => {
      const { email, id } = await account();
      const laptop = await signIn(email);
      const phone = await signIn(email);
      const before = laptop.cookie;

      const changed = await laptop.graphql(CHANGE, {
        current: PASSWORD,
        next: 'a new long passphrase',
      });
      expect(changed.data).toEqual({ changePassword: true });

      expect(laptop.cookie).not.toBe(before);
      expect(await signedInAs(laptop)).toBe(id);
      expect(await signedInAs(phone)).toBeNull();
      expect(await signedInAs(device(before))).toBeNull();
      expect(await liveSessions(id)).toBe(1);
      // The new password works, the old one no longer does.
      await signIn(email, 'a new long passphrase');
      const old = await device().graphql(
        `mutation($email: String!) { signIn(email: $email, password: "${PASSWORD}") { status } }`,
        { email },
      );
      expect(errorCode(old)).toBe('BAD_CREDENTIALS');
    });

    it('a refused password change ends nothing', async () => {
      const { email, id } = await account();
      const laptop = await signIn(email);
      const phone = await signIn(email);
      const refused = await laptop.graphql(CHANGE, { current: 'not my password', next: 'short' });
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(await signedInAs(phone)).toBe(id);
      expect(await liveSessions(id)).toBe(2);
    });

    it('an empty current password and a short new one are both said at once, and no attempt counts', async () => {
      const { email } = await account();
      const laptop = await signIn(email);
      const refused = await laptop.graphql(CHANGE, { current: '', next: 'short' });
      expect(
        (refused.errors?.[0]?.extensions?.['fields'] as { field: string; message: string }[]).map(
          (p) => [p.field, p.message],
        ),
      ).toEqual([
        ['currentPassword', 'Enter your current password'],
        ['newPassword', 'Password must be 8 characters or more'],
      ]);
      // Attempts counted (a sign-in's count is given back when it succeeds).
      const [{ n }] = await harness.dataSource.query(
        `SELECT coalesce(sum(points), 0)::int AS n FROM rate_limit WHERE key LIKE 'sign-in:%'`,
      );
      expect(n).toBe(0);
    });

    it('a password reset signs out every session', async () => {
      const { email, id } = await account();
      const laptop = await signIn(email);
      await device().graphql(
        `mutation($email: String!) { requestPasswordReset(email: $email) { email } }`,
        {
          email,
        },
      );
      const token = new URL(await harness.linkFor(email, /reset-password/)).searchParams.get(
        'token',
      );
      const reset = await device().graphql(
        `mutation($t: String!) { resetPassword(token: $t, password: "a reset passphrase") }`,
        { t: token },
      );
      expect(reset.data).toEqual({ resetPassword: true });
      expect(await signedInAs(laptop)).toBeNull();
      expect(await liveSessions(id)).toBe(0);
    });

    it('turning two-factor authentication on or off signs out every other session', async () => {
      const { email, id } = await account();
      const laptop = await signIn(email);
      const phone = await signIn(email);
      const { secret, codes } = await enrolMfa(laptop);
      expect(await signedInAs(laptop)).toBe(id);
      // The phone never passed a challenge, so it must not keep a session.
      expect(await signedInAs(phone)).toBeNull();
      expect(await liveSessions(id)).toBe(1);

      const tablet = device();
      await tablet.graphql(
        `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { status } }`,
        { email, password: PASSWORD },
      );
      // A code for a later step, as the enrolment used the current one.
      const later = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate(
        {
          timestamp: Date.now() + 30_000,
        },
      );
      expect(
        (await tablet.graphql(`mutation($c: String!) { verifyMfa(code: $c) }`, { c: later }))
          .errors,
      ).toBeUndefined();
      expect(await liveSessions(id)).toBe(2);

      const before = laptop.cookie;
      const off = await laptop.graphql(`mutation($c: String!) { disableMfa(code: $c) }`, {
        c: codes[0],
      });
      expect(off.errors).toBeUndefined();
      expect(laptop.cookie).not.toBe(before);
      expect(await signedInAs(laptop)).toBe(id);
      expect(await signedInAs(tablet)).toBeNull();
      expect(await liveSessions(id)).toBe(1);
    });
  });

  describe('wrong passwords while signed in', () => {
    it('to change the password are throttled like sign-in, with the same message', async () => {
      const { email } = await account();
      const laptop = await signIn(email);
      for (let attempt = 0; attempt < 10; attempt++) {
        const wrong = await laptop.graphql(CHANGE, {
          current: `wrong password ${attempt}`,
          next: 'a new long passphrase',
        });
        expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
      }
      const locked = await laptop.graphql(CHANGE, {
        current: PASSWORD,
        next: 'a new long passphrase',
      });
      expect(errorCode(locked)).toBe('TOO_MANY_ATTEMPTS');
      expect(locked.errors?.[0]?.message).toBe(
        'Too many failed attempts. Wait 15 minutes and try again, or reset your password.',
      );
      // The guesses count against sign-in too.
      const signInAgain = await device().graphql(
        `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { status } }`,
        { email, password: PASSWORD },
      );
      expect(errorCode(signInAgain)).toBe('TOO_MANY_ATTEMPTS');
      // The password did not change.
      await harness.dataSource.query("DELETE FROM rate_limit WHERE key LIKE 'sign-in:%'");
      await signIn(email);
    });

    it('a password reset lifts the lock on the account, as the message says', async () => {
      const { email } = await account();
      const laptop = await signIn(email);
      for (let attempt = 0; attempt < 10; attempt++) {
        await laptop.graphql(CHANGE, {
          current: `wrong ${attempt}`,
          next: 'a new long passphrase',
        });
      }
      // Only the account's lock: the address's count is another person's too.
      await harness.dataSource.query(`DELETE FROM rate_limit WHERE key LIKE 'sign-in:ip:%'`);
      await device().graphql(
        `mutation($email: String!) { requestPasswordReset(email: $email) { email } }`,
        { email },
      );
      const token = new URL(await harness.linkFor(email, /reset-password/)).searchParams.get(
        'token',
      );
      await device().graphql(
        `mutation($t: String!) { resetPassword(token: $t, password: "a reset passphrase") }`,
        { t: token },
      );
      await signIn(email, 'a reset passphrase');
    });

    it('to delete the account are throttled like sign-in, and nothing is deleted', async () => {
      const { email, id } = await account();
      const laptop = await signIn(email);
      for (let attempt = 0; attempt < 10; attempt++) {
        const wrong = await laptop.graphql(DELETE, { password: `wrong password ${attempt}` });
        expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
      }
      const locked = await laptop.graphql(DELETE, { password: PASSWORD });
      expect(errorCode(locked)).toBe('TOO_MANY_ATTEMPTS');
      expect(locked.errors?.[0]?.message).toMatch(/^Too many failed attempts\. Wait 15 minutes/);
      const [row] = await harness.dataSource.query(`SELECT status FROM account WHERE id = $1`, [
        id,
      ]);
      expect(row.status).toBe('active');
      const [{ n }] = await harness.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'password-confirmation' AND outcome = 'failure' AND target_id = $1`,
        [id],
      );
      expect(n).toBe(10);
    });

    it('a sign-in lock holds for a password change too', async () => {
      const { email } = await account();
      const laptop = await signIn(email);
      for (let attempt = 0; attempt < 10; attempt++) {
        await device().graphql(
          `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { status } }`,
          { email, password: `wrong password ${attempt}` },
        );
      }
      const locked = await laptop.graphql(CHANGE, {
        current: PASSWORD,
        next: 'a new long passphrase',
      });
      expect(errorCode(locked)).toBe('TOO_MANY_ATTEMPTS');
    });

    it('wrong codes to turn two-factor authentication off are throttled too', async () => {
      const { email } = await account();
      const laptop = await signIn(email);
      const { codes } = await enrolMfa(laptop);
      for (let attempt = 0; attempt < 10; attempt++) {
        const wrong = await laptop.graphql(`mutation { disableMfa(code: "000000") }`);
        expect(errorCode(wrong)).toBe('BAD_MFA_CODE');
      }
      const locked = await laptop.graphql(`mutation($c: String!) { disableMfa(code: $c) }`, {
        c: codes[0],
      });
      expect(errorCode(locked)).toBe('TOO_MANY_ATTEMPTS');
    });
  });
});
