import { signedIn } from '@lgx/api/testing';
import { Secret, TOTP } from 'otpauth';

import { browserLikeClient, errorCode } from '../test/browser-like-client';
import { bootIdentityApp, DERBY_DOMAIN, type IdentityTestApp } from '../test/identity-test-app';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { email } }`;
const VERIFY = `mutation($token: String!) { verifyEmail(token: $token) { email } }`;
const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { status } }`;
const VIEWER = `{ viewer { account { mfaEnabled recoveryCodesLeft } councilRole mfaChallengePending mfaEnrolmentRequired } }`;

const codeFor = (secret: string, offsetSteps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
    timestamp: Date.now() + offsetSteps * 30_000,
  });

describe('two-factor authentication (TOTP)', () => {
  let harness: IdentityTestApp;
  beforeAll(async () => {
    harness = await bootIdentityApp(DERBY_DOMAIN);
  });
  afterAll(() => harness?.close());
  beforeEach(() => harness.dataSource.query("DELETE FROM rate_limit WHERE key LIKE 'sign-in:%'"));

  async function newOfficer(email: string) {
    const client = browserLikeClient(harness);
    await client.graphql(SIGN_UP, {
      input: { email, name: 'Mo Officer', jobTitle: 'Analyst', password: 'three random words' },
    });
    const link = await harness.linkFor(email, /verify-email/);
    await client.graphql(VERIFY, { token: new URL(link).searchParams.get('token') });
    await client.graphql(SIGN_IN, { email, password: 'three random words' });
    return client;
  }

  async function enrol(client: ReturnType<typeof browserLikeClient>) {
    const start = await client.graphql<{
      startMfaEnrolment: { secret: string; otpauthUri: string; qrCodeSvg: string };
    }>(`mutation { startMfaEnrolment { secret otpauthUri qrCodeSvg } }`);
    expect(start.errors).toBeUndefined();
    const { secret, otpauthUri, qrCodeSvg } = start.data!.startMfaEnrolment;
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/LGX:.+secret=/);
    expect(qrCodeSvg).toMatch(/^<svg/);
    const enrolmentCode = codeFor(secret);
    const confirm = await client.graphql<{ confirmMfaEnrolment: { codes: string[] } }>(
      `mutation($code: String!) { confirmMfaEnrolment(code: $code) { codes } }`,
      { code: enrolmentCode },
    );
    expect(confirm.errors).toBeUndefined();
    return { secret, enrolmentCode, recoveryCodes: confirm.data!.confirmMfaEnrolment.codes };
  }

  it('enrols with a QR code, then challenges at sign-in until a code is given', async () => {
    const email = 'mfa-one@derby.gov.uk';
    const client = await newOfficer(email);
    const { secret, recoveryCodes } = await enrol(client);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);

    await client.graphql(`mutation { signOut }`);
    const signIn = await client.graphql(SIGN_IN, { email, password: 'three random words' });
    expect(signIn.data).toEqual({ signIn: { status: 'MFA_REQUIRED' } });
    const pending = await client.graphql(VIEWER);
    expect(pending.data).toMatchObject({
      viewer: { councilRole: null, mfaChallengePending: true },
    });
    // Nothing but the challenge (and signing out) works until then.
    expect(errorCode(await client.graphql(`{ myData }`))).toBe('MFA_REQUIRED');
    expect(errorCode(await client.graphql(`mutation { startMfaEnrolment { secret } }`))).toBe(
      'MFA_REQUIRED',
    );

    expect(errorCode(await client.graphql(`mutation { verifyMfa(code: "000000") }`))).toBe(
      'BAD_MFA_CODE',
    );
    const verified = await client.graphql(`mutation($code: String!) { verifyMfa(code: $code) }`, {
      code: codeFor(secret, 1),
    });
    expect(verified.errors).toBeUndefined();
    expect((await client.graphql(VIEWER)).data).toMatchObject({
      viewer: {
        councilRole: 'OFFICER',
        mfaChallengePending: false,
        account: { mfaEnabled: true, recoveryCodesLeft: 10 },
      },
    });
  });

  it('accepts each recovery code once, and never the same app code twice', async () => {
    const email = 'mfa-two@derby.gov.uk';
    const client = await newOfficer(email);
    const { enrolmentCode, recoveryCodes } = await enrol(client);

    const challenge = async (code: string) => {
      const fresh = browserLikeClient(harness);
      await fresh.graphql(SIGN_IN, { email, password: 'three random words' });
      return fresh.graphql(`mutation($code: String!) { verifyMfa(code: $code) }`, { code });
    };
    expect((await challenge(recoveryCodes[0]!.toUpperCase())).errors).toBeUndefined();
    expect(errorCode(await challenge(recoveryCodes[0]!))).toBe('BAD_MFA_CODE');
    // The code the enrolment used cannot be replayed (the very code, so the test does not
    // depend on whether a 30-second step has passed since).
    expect(errorCode(await challenge(enrolmentCode))).toBe('BAD_MFA_CODE');
  });

  it('throttles wrong codes', async () => {
    const email = 'mfa-three@derby.gov.uk';
    const client = await newOfficer(email);
    await enrol(client);
    await client.graphql(`mutation { signOut }`);
    await client.graphql(SIGN_IN, { email, password: 'three random words' });
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(errorCode(await client.graphql(`mutation { verifyMfa(code: "123456") }`))).toBe(
        'BAD_MFA_CODE',
      );
    }
    expect(errorCode(await client.graphql(`mutation { verifyMfa(code: "123456") }`))).toBe(
      'TOO_MANY_ATTEMPTS',
    );
  });

  it('holds back the council admin role until MFA is set up', async () => {
    const admin = await signedIn(harness, { council: 'DER', role: 'ADMIN' });
    await harness.dataSource.query(`UPDATE account SET mfa_enabled_at = NULL WHERE id = $1`, [
      admin.accountId,
    ]);
    const viewer = await admin.graphql(VIEWER);
    expect(viewer.data).toMatchObject({
      viewer: { councilRole: 'EDITOR', mfaEnrolmentRequired: true },
    });
    const members = await admin.graphql(`{ councilMembers(councilCode: "DER") { role } }`);
    expect(errorCode(members)).toBe('MFA_ENROLMENT_REQUIRED');
    const off = await admin.graphql(`mutation { disableMfa(code: "123456") }`);
    expect(errorCode(off)).toBe('BAD_USER_INPUT');
  });
});

describe('the audit log and one-time codes', () => {
  let harness: IdentityTestApp;
  beforeAll(async () => {
    harness = await bootIdentityApp();
  });
  afterAll(() => harness?.close());

  it('never records an MFA code as the target of a mutation', async () => {
    const officer = await signedIn(harness, { council: 'DER' });
    await officer.graphql(`mutation { verifyMfa(code: "482913") }`);
    await officer.graphql(`mutation { disableMfa(code: "482913") }`);
    const rows = await harness.dataSource.query(
      `SELECT target_id, details::text AS details FROM audit_event WHERE action LIKE 'mutation:%'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain('482913');
  });
});
