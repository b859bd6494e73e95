import { performance } from 'node:perf_hooks';

import { Mailer, type MailMessage } from '@lgx/api/core/mail';
import type * as Argon2 from '@node-rs/argon2';

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

/** What one request cost: its time, its Argon2 calls, and mail it waited for. */
interface Cost {
  ms: number;
  argon2: number;
  mailAwaited: number;
}

/**
 * Account enumeration by timing: for each public account request, a known
 * address and an unknown one must cost the same work (as many Argon2 calls,
 * the one costly step) and neither may wait for mail, which is slowed down
 * on purpose: a request that waited for it would take MAIL_DELAY_MS for one
 * kind of address only. Both are counted, not timed, so a busy 2-core machine
 * cannot fail them; the medians, measured interleaved, are printed and held
 * only to a gross bound.
 */
describe('how long account requests take does not tell whether an address is known', () => {
  let harness: IdentityTestApp;
  let send: jest.SpyInstance;
  const argon2Calls: jest.SpyInstance[] = [];
  /** Each mail sent: when it began and when it was done (performance.now()). */
  const sends: { began: number; done?: number }[] = [];
  const measured: Record<string, { known: number; unknown: number }> = {};

  beforeAll(async () => {
    harness = await bootIdentityApp();
    const realSend = Mailer.prototype.send;
    send = jest.spyOn(Mailer.prototype, 'send').mockImplementation(async function (
      this: Mailer,
      message: MailMessage,
    ) {
      const sent: { began: number; done?: number } = { began: performance.now() };
      sends.push(sent);
      await new Promise((resolve) => setTimeout(resolve, MAIL_DELAY_MS));
      try {
        return await realSend.call(this, message);
      } finally {
        sent.done = performance.now();
      }
    });
    // The very module the app calls (a spy that calls through), to count its Argon2 work.
    const argon2 = jest.requireActual<typeof Argon2>('@node-rs/argon2');
    argon2Calls.push(jest.spyOn(argon2, 'hash'), jest.spyOn(argon2, 'verify'));
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
    argon2Calls.forEach((spy) => spy.mockRestore());
    await harness?.close();
    // For the record of a run: the medians, in milliseconds.
    console.info(`Account request medians (ms): ${JSON.stringify(measured)}`);
  });

  let unknownCount = 0;
  const unknownEmail = () => `nobody-${++unknownCount}-${Date.now()}@example.org`;

  const argon2Count = () => argon2Calls.reduce((sum, spy) => sum + spy.mock.calls.length, 0);

  async function timed(query: string, email: string): Promise<Cost> {
    // Sign-in failures are counted per address; start each one unlocked (not timed).
    await harness.dataSource.query('DELETE FROM rate_limit');
    const argon2Before = argon2Count();
    const started = performance.now();
    const response = await harness.graphql(query, { email });
    const answered = performance.now();
    expect(response.status).toBe(200);
    expect(response.errors?.[0]?.extensions?.['code']).not.toBe('INTERNAL_SERVER_ERROR');
    return {
      ms: answered - started,
      argon2: argon2Count() - argon2Before,
      // Mail begun and done while the request was open: the request waited for it.
      mailAwaited: sends.filter(
        (sent) => sent.began >= started && sent.done !== undefined && sent.done <= answered,
      ).length,
    };
  }

  async function compare(name: string, query: string, knownEmail: string) {
    // Warm up both paths (connections, Argon2's first allocation).
    for (let i = 0; i < 2; i++) {
      await timed(query, knownEmail);
      await timed(query, unknownEmail());
    }
    const known: Cost[] = [];
    const unknown: Cost[] = [];
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
    const result = {
      known: median(known.map((cost) => cost.ms)),
      unknown: median(unknown.map((cost) => cost.ms)),
    };
    measured[name] = {
      known: Math.round(result.known * 10) / 10,
      unknown: Math.round(result.unknown * 10) / 10,
    };
    // Both kinds cost the same work: as many Argon2 calls, every time...
    const argon2Of = (costs: Cost[]) => [...new Set(costs.map((cost) => cost.argon2))];
    expect({ known: argon2Of(known), unknown: argon2Of(unknown) }).toEqual({
      known: [expect.any(Number)],
      unknown: argon2Of(known),
    });
    // ...and no request waits for its mail.
    expect([...known, ...unknown].filter((cost) => cost.mailAwaited > 0)).toEqual([]);
    expect(result.known).toBeLessThan(MAIL_DELAY_MS);
    expect(result.unknown).toBeLessThan(MAIL_DELAY_MS);
    // The medians only within a gross bound: a shared 2-core machine's noise is large, and
    // the counts above are the property; this catches a path gaining a costly step of its own.
    const slower = Math.max(result.known, result.unknown);
    const faster = Math.min(result.known, result.unknown);
    expect(slower).toBeLessThanOrEqual(faster * 3 + 50);
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
