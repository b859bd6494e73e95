import { signedIn } from '@lgx/api/testing';

import { browserLikeClient, errorCode } from './test/browser-like-client';
import { bootIdentityApp, type IdentityTestApp } from './test/identity-test-app';

const VIEWER = `{ viewer { account { id } council { code } councilRole } }`;

describe('sessions, membership, domains, audit and privacy', () => {
  let harness: IdentityTestApp;
  beforeAll(async () => {
    harness = await bootIdentityApp();
  });
  afterAll(() => harness?.close());

  const viewerAccount = async (graphql: (q: string) => Promise<{ data?: unknown }>) =>
    ((await graphql(VIEWER)).data as { viewer: { account: { id: string } | null } }).viewer.account;

  describe('sessions', () => {
    it('end after 2 hours idle', async () => {
      const officer = await signedIn(harness, { council: 'DER' });
      expect(await viewerAccount(officer.graphql)).toEqual({ id: officer.accountId });
      await harness.dataSource.query(
        `UPDATE session SET last_seen_at = now() - interval '2 hours 1 minute' WHERE account_id = $1`,
        [officer.accountId],
      );
      expect(await viewerAccount(officer.graphql)).toBeNull();
    });

    it('end 12 hours after sign-in whatever the activity', async () => {
      const officer = await signedIn(harness, { council: 'DER' });
      await harness.dataSource.query(
        `UPDATE session SET expires_at = now() - interval '1 second' WHERE account_id = $1`,
        [officer.accountId],
      );
      expect(await viewerAccount(officer.graphql)).toBeNull();
    });

    it('end everywhere on request', async () => {
      const officer = await signedIn(harness, { council: 'DER' });
      const [{ id }] = await harness.dataSource.query(
        `SELECT id FROM session WHERE account_id = $1`,
        [officer.accountId],
      );
      // A second session of the same account, as from another device.
      await harness.dataSource.query(
        `INSERT INTO session (id, account_id, last_seen_at, expires_at, mfa_verified) VALUES ($1, $2, now(), now() + interval '1 hour', true)`,
        [`${id}-other`, officer.accountId],
      );
      const response = await officer.graphql(`mutation { signOutEverywhere }`);
      expect(response.data).toEqual({ signOutEverywhere: 2 });
      expect(await viewerAccount(officer.graphql)).toBeNull();
    });

    it('end when the account is disabled', async () => {
      const officer = await signedIn(harness, { council: 'DER' });
      await harness.dataSource.query(`UPDATE account SET status = 'disabled' WHERE id = $1`, [
        officer.accountId,
      ]);
      expect(await viewerAccount(officer.graphql)).toBeNull();
      const [{ n }] = await harness.dataSource.query(
        `SELECT count(*)::int AS n FROM session WHERE account_id = $1 AND revoked_at IS NULL`,
        [officer.accountId],
      );
      expect(n).toBe(0);
    });

    it('set an httpOnly, SameSite cookie with a new id at each sign-in', async () => {
      await harness.dataSource.query(
        `INSERT INTO council_domain (domain, council_code) VALUES ('derby.gov.uk', 'DER') ON CONFLICT DO NOTHING`,
      );
      const client = browserLikeClient(harness);
      await client.graphql(
        `mutation { signUp(input: { email: "cookie@derby.gov.uk", name: "C", jobTitle: "J", password: "three random words" }) { email } }`,
      );
      const token = new URL(
        await harness.linkFor('cookie@derby.gov.uk', /verify-email/),
      ).searchParams.get('token');
      await client.graphql(`mutation($t: String!) { verifyEmail(token: $t) { email } }`, {
        t: token,
      });
      const cookies: string[] = [];
      for (let i = 0; i < 2; i++) {
        const response = await harness
          .http()
          .post('/graphql')
          .set('content-type', 'application/json')
          .send({
            query: `mutation { signIn(email: "cookie@derby.gov.uk", password: "three random words") { status } }`,
          });
        const header = ([] as string[])
          .concat(response.headers['set-cookie'] ?? [])
          .find((c) => c.startsWith('lgx_session='))!;
        expect(header).toMatch(/HttpOnly/);
        expect(header).toMatch(/SameSite=Lax/);
        expect(header).toMatch(/Path=\//);
        cookies.push(header.split(';')[0]!);
      }
      expect(cookies[0]).not.toBe(cookies[1]);
      // 256 random bits, base64url.
      expect(cookies[0]!.split('=')[1]).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });
  });

  describe('membership', () => {
    it('a removed member loses council rights and sessions at once, and stays removed', async () => {
      const admin = await signedIn(harness, { council: 'DER', role: 'ADMIN' });
      const officer = await signedIn(harness, { council: 'DER' });
      expect(
        (await officer.graphql<{ viewer: { councilRole: string } }>(VIEWER)).data!.viewer
          .councilRole,
      ).toBe('OFFICER');
      const removed = await admin.graphql(`mutation($id: ID!) { removeMember(accountId: $id) }`, {
        id: officer.accountId,
      });
      expect(removed.data).toEqual({ removeMember: true });
      expect(await viewerAccount(officer.graphql)).toBeNull();
      const [membership] = await harness.dataSource.query(
        `SELECT status FROM council_membership WHERE account_id = $1`,
        [officer.accountId],
      );
      expect(membership.status).toBe('removed');
    });

    it('role changes take effect on the next request and are audited with from and to', async () => {
      const admin = await signedIn(harness, { council: 'DER', role: 'ADMIN' });
      const officer = await signedIn(harness, { council: 'DER' });
      await admin.graphql(
        `mutation($id: ID!) { changeMemberRole(accountId: $id, role: EDITOR) { role } }`,
        { id: officer.accountId },
      );
      expect(
        (await officer.graphql<{ viewer: { councilRole: string } }>(VIEWER)).data!.viewer
          .councilRole,
      ).toBe('EDITOR');
      const [event] = await harness.dataSource.query(
        `SELECT actor_user_id, actor_council_code, actor_role, details, request_id FROM audit_event WHERE action = 'council.members.change-role' AND target_id = $1`,
        [officer.accountId],
      );
      expect(event).toMatchObject({
        actor_user_id: admin.accountId,
        actor_council_code: 'DER',
        actor_role: 'council admin',
        details: { from: 'OFFICER', to: 'EDITOR' },
      });
      expect(event.request_id).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('council admins cannot change or remove themselves', async () => {
      const admin = await signedIn(harness, { council: 'DER', role: 'ADMIN' });
      const response = await admin.graphql(`mutation($id: ID!) { removeMember(accountId: $id) }`, {
        id: admin.accountId,
      });
      expect(errorCode(response)).toBe('FORBIDDEN');
    });
  });

  describe('council domains', () => {
    it('belong to one council only', async () => {
      const admin = await signedIn(harness, { platformRole: 'ADMIN' });
      const first = await admin.graphql(
        `mutation { addCouncilDomain(councilCode: "SKP", domain: "stockport.gov.uk") { domain council { code } } }`,
      );
      expect(first.data).toEqual({
        addCouncilDomain: { domain: 'stockport.gov.uk', council: { code: 'SKP' } },
      });
      const second = await admin.graphql(
        `mutation { addCouncilDomain(councilCode: "KEN", domain: "Stockport.gov.uk") { domain } }`,
      );
      expect(errorCode(second)).toBe('BAD_USER_INPUT');
      expect(second.errors?.[0]?.message).toBe(
        'stockport.gov.uk already belongs to another council (SKP)',
      );
      const bad = await admin.graphql(
        `mutation { addCouncilDomain(councilCode: "KEN", domain: "not a domain") { domain } }`,
      );
      expect(bad.errors?.[0]?.extensions?.['field']).toBe('domain');
      const unknownCouncil = await admin.graphql(
        `mutation { addCouncilDomain(councilCode: "ZZZ", domain: "zzz.gov.uk") { domain } }`,
      );
      expect(unknownCouncil.errors?.[0]?.extensions?.['field']).toBe('councilCode');
      // Both wrong: both said at once, and nothing added.
      const both = await admin.graphql(
        `mutation { addCouncilDomain(councilCode: "", domain: "not a domain") { domain } }`,
      );
      expect(
        (both.errors?.[0]?.extensions?.['fields'] as { field: string }[]).map((p) => p.field),
      ).toEqual(['domain', 'councilCode']);
    });

    it('adding one makes verified accounts on it officers; removing it takes them out', async () => {
      const admin = await signedIn(harness, { platformRole: 'ADMIN' });
      const person = await signedIn(harness, {});
      await harness.dataSource.query(`UPDATE account SET email = 'pat@kent.gov.uk' WHERE id = $1`, [
        person.accountId,
      ]);
      expect(
        (await person.graphql<{ viewer: { council: unknown } }>(VIEWER)).data!.viewer.council,
      ).toBeNull();

      await admin.graphql(
        `mutation { addCouncilDomain(councilCode: "KEN", domain: "kent.gov.uk") { domain } }`,
      );
      expect(
        (await person.graphql<{ viewer: { council: unknown } }>(VIEWER)).data!.viewer.council,
      ).toEqual({ code: 'KEN' });

      await admin.graphql(`mutation { removeCouncilDomain(domain: "kent.gov.uk") }`);
      expect(await viewerAccount(person.graphql)).toBeNull();
      const [{ n }] = await harness.dataSource.query(
        `SELECT count(*)::int AS n FROM council_membership WHERE account_id = $1`,
        [person.accountId],
      );
      expect(n).toBe(0);
    });
  });

  describe('audit log', () => {
    it('records every mutation with its outcome, and cannot be changed', async () => {
      const officer = await signedIn(harness, { council: 'DER' });
      await officer.graphql(
        `mutation { updateAccount(input: { name: "Renamed", jobTitle: "Lead" }) { name } }`,
      );
      await officer.graphql(
        `mutation { updateAccount(input: { name: "", jobTitle: "Lead" }) { name } }`,
      );
      const rows = await harness.dataSource.query(
        `SELECT outcome, details FROM audit_event WHERE action = 'mutation:updateAccount' AND actor_user_id = $1 ORDER BY id`,
        [officer.accountId],
      );
      expect(rows).toEqual([
        { outcome: 'success', details: {} },
        { outcome: 'failure', details: { code: 'BAD_USER_INPUT' } },
      ]);
      await expect(
        harness.dataSource.query(`UPDATE audit_event SET outcome = 'success'`),
      ).rejects.toThrow(/append-only/);
      await expect(harness.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(
        /append-only/,
      );
    });

    it('is readable by platform admins, newest first, with filters', async () => {
      const admin = await signedIn(harness, { platformRole: 'ADMIN' });
      const response = await admin.graphql<{
        auditEvents: { totalCount: number; edges: { node: { action: string; outcome: string } }[] };
      }>(
        `{ auditEvents(first: 3, filter: { action: "mutation:", outcome: "failure" }) { totalCount edges { node { action outcome } } } }`,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.auditEvents.totalCount).toBeGreaterThan(0);
      expect(
        response.data!.auditEvents.edges.every(
          ({ node }) => node.action.startsWith('mutation:') && node.outcome === 'failure',
        ),
      ).toBe(true);
    });
  });

  describe('privacy', () => {
    it('exports everything held about the person, then deletes the account but keeps the audit trail', async () => {
      await harness.dataSource.query(
        `INSERT INTO council_domain (domain, council_code) VALUES ('derby.gov.uk', 'DER') ON CONFLICT DO NOTHING`,
      );
      const client = browserLikeClient(harness);
      await client.graphql(
        `mutation { signUp(input: { email: "leaver@derby.gov.uk", name: "Lee Leaver", jobTitle: "Officer", password: "three random words" }) { email } }`,
      );
      const token = new URL(
        await harness.linkFor('leaver@derby.gov.uk', /verify-email/),
      ).searchParams.get('token');
      await client.graphql(`mutation($t: String!) { verifyEmail(token: $t) { email } }`, {
        t: token,
      });
      await client.graphql(
        `mutation { signIn(email: "leaver@derby.gov.uk", password: "three random words") { status } }`,
      );

      const exported = await client.graphql<{ myData: string }>(`{ myData }`);
      const data = JSON.parse(exported.data!.myData);
      expect(data.account).toMatchObject({ email: 'leaver@derby.gov.uk', name: 'Lee Leaver' });
      expect(data.councilMembership).toMatchObject({ councilCode: 'DER', role: 'OFFICER' });
      expect(data.activity.map((a: { action: string }) => a.action)).toContain('sign-in');

      expect(
        errorCode(
          await client.graphql(`mutation { deleteMyAccount(password: "wrong password here") }`),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(
        (await client.graphql(`mutation { deleteMyAccount(password: "three random words") }`)).data,
      ).toEqual({ deleteMyAccount: true });
      const [account] = await harness.dataSource.query(
        `SELECT email, name, status, password_hash FROM account WHERE id = $1`,
        [data.account.id],
      );
      expect(account).toEqual({
        email: null,
        name: 'Deleted account',
        status: 'deleted',
        password_hash: null,
      });
      expect(await viewerAccount(client.graphql)).toBeNull();
      const [{ n }] = await harness.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE actor_user_id = $1`,
        [data.account.id],
      );
      expect(n).toBeGreaterThan(0);
    });
  });
});
