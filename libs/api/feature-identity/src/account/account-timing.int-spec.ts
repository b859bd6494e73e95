import { performance } from 'node:perf_hooks';

import { Mailer, type MailMessage } from '@lgx/api/core/mail';

import { bootIdentityApp, type IdentityTestApp } from '../test/identity-test-app';

/** Mail is made this slow, so a request that waits for it cannot hide it in the noise. */
const MAIL_DELAY_MS = 2_000;
const ROUNDS = 12;
const PASSWORD = 'three random words';

const SIGN_UP = `mutation($email: String!) { signUp(input: { email: $email, name: "Sam", jobTitle: "Officer", password: "${PASSWORD}" }) { email } }`;
const RESET = `mutation($email: String!) { requestPasswordReset(email: $email) { email } }`;
const RESEND = `mutation($email: String!) { resendVerificationEmail(email: $email) { email } }`;
const SIGN_IN = `mutation($email: String!) { signIn(email: $email, password: "not the password at all") { status } }`;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * Account enumeration by timing: for each public account request, the time
 * for a known address and for an unknown one are measured in the same run,
 * interleaved, and compared by their medians with a tolerance a busy
 * 2-core machine does not break. Mail is slowed down on purpose: a request
 * that waited for it would take MAIL_DELAY_MS for one kind of address only.
 */
describe('how long account requests take does not tell whether an address is known', () => {
  let harness: IdentityTestApp;
  let send: jest.SpyInstance;
  const measured: Record<string, { known: number; unknown: number }> = {};

  beforeAll(async () => {
    harness = await bootIdentityApp();
    const realSend = Mailer.prototype.send;
    send = jest.spyOn(Mailer.prototype, 'send').mockImplementation(async function (
      this: Mailer,
      message: MailMessage,
    ) {
      await new Promise((resolve) => setTimeout(resolve, MAIL_DELAY_MS));
      return realSend.call(this, message);
    });
    // A verified account with a password, and one not yet verified.
    for (const email of ['known@example.org', 'unverified@example.org']) {
      await harness.graphql(SIGN_UP, { email });
    }
    const token = new URL(
      await harness.linkFor('known@example.org', /verify-email/),
    ).searchParams.get('token');
    await harness.graphql(`mutation($t: String!) { verifyEmail(token: $t) { email } }`, {
      t: token,
    });
  });

  afterAll(async () => {
    send?.mockRestore();
    await harness?.close();
    // For the record of a run: the medians, in milliseconds.
    console.info(`Account request medians (ms): ${JSON.stringify(measured)}`);
  });

  let unknownCount = 0;
  const unknownEmail = () => `nobody-${++unknownCount}-${Date.now()}@example.org`;

  async function timed(query: string, email: string): Promise<number> {
    // Sign-in failures are counted per address; start each one unlocked (not timed).
    await harness.dataSource.query('DELETE FROM rate_limit');
    const started = performance.now();
    const response = await harness.graphql(query, { email });
    const took = performance.now() - started;
    expect(response.status).toBe(200);
    expect(response.errors?.[0]?.extensions?.['code']).not.toBe('INTERNAL_SERVER_ERROR');
    return took;
  }

  async function compare(name: string, query: string, knownEmail: string) {
    // Warm up both paths (connections, Argon2's first allocation).
    for (let i = 0; i < 2; i++) {
      await timed(query, knownEmail);
      await timed(query, unknownEmail());
    }
    const known: number[] = [];
    const unknown: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate which goes first, so a slow moment falls on both.
      if (round % 2) {
        known.push(await timed(query, knownEmail));
        unknown.push(await timed(query, unknownEmail()));
      } else {
        unknown.push(await timed(query, unknownEmail()));
        known.push(await timed(query, knownEmail));
      }
    }
    const result = { known: median(known), unknown: median(unknown) };
    measured[name] = {
      known: Math.round(result.known * 10) / 10,
      unknown: Math.round(result.unknown * 10) / 10,
    };
    // Structurally: no request waits for its mail...
    expect(result.known).toBeLessThan(MAIL_DELAY_MS / 2);
    expect(result.unknown).toBeLessThan(MAIL_DELAY_MS / 2);
    // ...and both kinds cost the same work, within 50% and 15 ms.
    const slower = Math.max(result.known, result.unknown);
    const faster = Math.min(result.known, result.unknown);
    expect(slower).toBeLessThanOrEqual(faster * 1.5 + 15);
    return result;
  }

  const mailTo = async (email: string, subject: RegExp) =>
    (await harness.mail()).filter(
      (raw) => raw.toLowerCase().includes(`to: ${email}`) && subject.test(raw),
    ).length;

  it('sign-up', async () => {
    const before = await mailTo('known@example.org', /already has one/);
    await compare('signUp', SIGN_UP, 'known@example.org');
    // The owner of the known address still hears about every attempt, after the response.
    expect((await mailTo('known@example.org', /already has one/)) - before).toBe(ROUNDS + 2);
  });

  it('password reset', async () => {
    await compare('requestPasswordReset', RESET, 'known@example.org');
    expect(await mailTo('known@example.org', /Reset your LGX password/)).toBe(ROUNDS + 2);
  });

  it('asking for the verification email again', async () => {
    await compare('resendVerificationEmail', RESEND, 'unverified@example.org');
    // One at sign-up, then one for each request.
    expect(await mailTo('unverified@example.org', /Confirm your email address/)).toBe(ROUNDS + 3);
  });

  it('sign-in with a wrong password and with an unknown address', async () => {
    await compare('signIn', SIGN_IN, 'known@example.org');
  });
});
