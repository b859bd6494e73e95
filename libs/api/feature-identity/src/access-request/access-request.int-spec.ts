import { randomUUID } from 'node:crypto';

import { loseRace, signedIn, type TestSession } from '@lgx/api/testing';

import { errorCode } from '../test/browser-like-client';
import { bootIdentityApp, type IdentityTestApp } from '../test/identity-test-app';

const REQUEST = `id kind status domain declineReason council { code name } requesters { id name email }`;
const ASK_DOMAIN = `mutation($c: String!) { askForCouncilDomain(councilCode: $c) { ${REQUEST} } }`;
const ASK_ROLE = `mutation($r: CouncilRole!) { askForCouncilRole(role: $r) { ${REQUEST} } }`;
const ACCEPT = `mutation($id: ID!) { acceptAccessRequest(id: $id) { ${REQUEST} } }`;
const DECLINE = `mutation($id: ID!, $reason: String!) { declineAccessRequest(id: $id, reason: $reason) { ${REQUEST} } }`;
const QUEUE = `query($c: String) { accessRequests(councilCode: $c) { ${REQUEST} } }`;
const VIEWER = `{ viewer { council { code } councilRole } }`;

interface Request {
  id: string;
  kind: string;
  status: string;
  domain: string | null;
  declineReason: string | null;
  requesters: { id: string; email: string }[];
}

describe('access requests', () => {
  let harness: IdentityTestApp;
  let platformAdmin: TestSession;
  beforeAll(async () => {
    harness = await bootIdentityApp();
    platformAdmin = await signedIn(harness, { platformRole: 'ADMIN' });
  });
  afterAll(() => harness?.close());

  /** A confirmed account, signed in, on an email domain no council has yet. */
  let counter = 0;
  async function onUnknownDomain(domain: string): Promise<TestSession> {
    const person = await signedIn(harness);
    const email = `person${(counter += 1)}@${domain}`;
    await harness.dataSource.query(`UPDATE account SET email = $1 WHERE id = $2`, [
      email,
      person.accountId,
    ]);
    return { ...person, email };
  }
  const mailTo = async (email: string) =>
    (await harness.mail()).filter((raw) => raw.toLowerCase().includes(`to: ${email}`));
  const data = <T>(response: { data?: unknown; errors?: unknown }, field: string): T => {
    expect(response.errors).toBeUndefined();
    return (response.data as Record<string, T>)[field]!;
  };

  describe('a council email domain', () => {
    it('reaches the platform admins once, merges a second asker, and makes them officers when added', async () => {
      const ada = await onUnknownDomain('kent-one.gov.uk');
      const bob = await onUnknownDomain('kent-one.gov.uk');
      const asked = data<Request>(
        await ada.graphql(ASK_DOMAIN, { c: ' ken ' }),
        'askForCouncilDomain',
      );
      expect(asked).toMatchObject({
        kind: 'COUNCIL_DOMAIN',
        status: 'PENDING',
        domain: 'kent-one.gov.uk',
      });
      const again = data<Request>(
        await bob.graphql(ASK_DOMAIN, { c: 'KEN' }),
        'askForCouncilDomain',
      );
      expect(again.id).toBe(asked.id);
      expect(again.requesters.map((r) => r.id)).toEqual([ada.accountId, bob.accountId]);
      // Asking twice is the same request, not a second one.
      expect(
        data<Request>(await ada.graphql(ASK_DOMAIN, { c: 'KEN' }), 'askForCouncilDomain').id,
      ).toBe(asked.id);
      const toAdmin = await mailTo(platformAdmin.email);
      expect(toAdmin.filter((m) => m.includes('kent-one.gov.uk'))).toHaveLength(1);

      const queue = data<Request[]>(await platformAdmin.graphql(QUEUE, {}), 'accessRequests');
      expect(queue.find((r) => r.id === asked.id)?.requesters).toHaveLength(2);

      const accepted = data<Request>(
        await platformAdmin.graphql(ACCEPT, { id: asked.id }),
        'acceptAccessRequest',
      );
      expect(accepted.status).toBe('ACCEPTED');
      for (const person of [ada, bob]) {
        expect(data(await person.graphql(VIEWER), 'viewer')).toEqual({
          council: { code: 'KEN' },
          councilRole: 'OFFICER',
        });
        const told = await mailTo(person.email);
        expect(told.some((m) => /accepted/.test(m) && m.includes('kent-one.gov.uk'))).toBe(true);
      }
      const twice = await platformAdmin.graphql(ACCEPT, { id: asked.id });
      expect(errorCode(twice)).toBe('REQUEST_ALREADY_DECIDED');
      expect(
        data<Request[]>(await platformAdmin.graphql(QUEUE, {}), 'accessRequests').map((r) => r.id),
      ).not.toContain(asked.id);
    });

    it('answers the requests to other councils for the same domain when one is added', async () => {
      const ada = await onUnknownDomain('kent-two.gov.uk');
      const bob = await onUnknownDomain('kent-two.gov.uk');
      const right = data<Request>(
        await ada.graphql(ASK_DOMAIN, { c: 'KEN' }),
        'askForCouncilDomain',
      );
      const wrong = data<Request>(
        await bob.graphql(ASK_DOMAIN, { c: 'SKP' }),
        'askForCouncilDomain',
      );
      expect(wrong.id).not.toBe(right.id);
      await platformAdmin.graphql(ACCEPT, { id: right.id });
      const [row] = await harness.dataSource.query(
        `SELECT status, decline_reason FROM access_request WHERE id = $1`,
        [wrong.id],
      );
      expect(row).toEqual({
        status: 'DECLINED',
        decline_reason: 'kent-two.gov.uk belongs to Kent.',
      });
    });

    it('is declined with a reason the person is sent, and changes nothing else', async () => {
      const ada = await onUnknownDomain('kent-three.gov.uk');
      const asked = data<Request>(
        await ada.graphql(ASK_DOMAIN, { c: 'KEN' }),
        'askForCouncilDomain',
      );
      const blank = await platformAdmin.graphql(DECLINE, { id: asked.id, reason: '   ' });
      expect(errorCode(blank)).toBe('BAD_USER_INPUT');
      expect(blank.errors?.[0]?.extensions?.['field']).toBe('reason');
      const declined = data<Request>(
        await platformAdmin.graphql(DECLINE, { id: asked.id, reason: 'Kent uses kent.gov.uk' }),
        'declineAccessRequest',
      );
      expect(declined).toMatchObject({
        status: 'DECLINED',
        declineReason: 'Kent uses kent.gov.uk',
      });
      expect((await mailTo(ada.email)).some((m) => m.includes('Kent uses kent.gov.uk'))).toBe(true);
      expect(data(await ada.graphql(VIEWER), 'viewer')).toEqual({
        council: null,
        councilRole: null,
      });
      const [{ n }] = await harness.dataSource.query(
        `SELECT count(*)::int AS n FROM council_domain WHERE domain = 'kent-three.gov.uk'`,
      );
      expect(n).toBe(0);
    });

    it('joins the request of someone who asked at the same moment, rather than failing', async () => {
      const ada = await onUnknownDomain('kent-race.gov.uk');
      const bob = await onUnknownDomain('kent-race.gov.uk');
      const asked = await loseRace(
        harness,
        {
          sql: `INSERT INTO access_request (kind, council_code, domain, requester_ids) VALUES ('COUNCIL_DOMAIN', 'KEN', 'kent-race.gov.uk', ARRAY[$1]::uuid[])`,
          parameters: [ada.accountId],
        },
        ['INSERT INTO "access_request"%'],
        () => bob.graphql(ASK_DOMAIN, { c: 'KEN' }),
      );
      const request = data<Request>(asked, 'askForCouncilDomain');
      expect(request.requesters.map((r) => r.id)).toEqual([ada.accountId, bob.accountId]);
      const [{ n }] = await harness.dataSource.query(
        `SELECT count(*)::int AS n FROM access_request WHERE domain = 'kent-race.gov.uk'`,
      );
      expect(n).toBe(1);
    });

    it('refuses bad input with a clear error and stores nothing', async () => {
      const ada = await onUnknownDomain('kent-four.gov.uk');
      const unknown = await ada.graphql(ASK_DOMAIN, { c: 'ZZZ' });
      expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
      expect(unknown.errors?.[0]?.extensions?.['field']).toBe('councilCode');
      expect(errorCode(await ada.graphql(ASK_DOMAIN, { c: '' }))).toBe('BAD_USER_INPUT');
      const gmail = await onUnknownDomain('gmail.com');
      expect(errorCode(await gmail.graphql(ASK_DOMAIN, { c: 'KEN' }))).toBe('NOT_A_COUNCIL_DOMAIN');
      await harness.dataSource.query(
        `INSERT INTO council_domain (domain, council_code) VALUES ('kent-five.gov.uk', 'KEN')`,
      );
      const known = await onUnknownDomain('kent-five.gov.uk');
      const response = await known.graphql(ASK_DOMAIN, { c: 'KEN' });
      expect(errorCode(response)).toBe('DOMAIN_ALREADY_KNOWN');
      expect(response.errors?.[0]?.message).toMatch(/kent-five\.gov\.uk already belongs to Kent/);
      expect(errorCode(await platformAdmin.graphql(ACCEPT, { id: 'not-an-id' }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(errorCode(await platformAdmin.graphql(ACCEPT, { id: randomUUID() }))).toBe(
        'NOT_FOUND',
      );
      const [{ n }] = await harness.dataSource.query(
        `SELECT count(*)::int AS n FROM access_request WHERE $1 = ANY(requester_ids) OR $2 = ANY(requester_ids) OR $3 = ANY(requester_ids)`,
        [ada.accountId, gmail.accountId, known.accountId],
      );
      expect(n).toBe(0);
    });
  });

  describe('a council role', () => {
    it("reaches the council's admins, who give the editor role", async () => {
      const admin = await signedIn(harness, { council: 'NOT', role: 'ADMIN', name: 'Nia Admin' });
      const officer = await signedIn(harness, { council: 'NOT' });
      const contacts = await officer.graphql<{ councilContacts: unknown[] }>(
        `{ councilContacts(councilCode: "NOT") { name jobTitle role } }`,
      );
      expect(contacts.data!.councilContacts).toContainEqual({
        name: 'Nia Admin',
        jobTitle: 'Test officer',
        role: 'ADMIN',
      });
      const asked = data<Request>(
        await officer.graphql(ASK_ROLE, { r: 'EDITOR' }),
        'askForCouncilRole',
      );
      expect(asked).toMatchObject({ kind: 'EDITOR_ROLE', status: 'PENDING' });
      expect(
        data<Request>(await officer.graphql(ASK_ROLE, { r: 'EDITOR' }), 'askForCouncilRole').id,
      ).toBe(asked.id);
      expect((await mailTo(admin.email)).some((m) => m.includes('asks for the editor role'))).toBe(
        true,
      );
      const queue = data<Request[]>(await admin.graphql(QUEUE, { c: 'NOT' }), 'accessRequests');
      expect(queue.map((r) => r.id)).toContain(asked.id);
      data(await admin.graphql(ACCEPT, { id: asked.id }), 'acceptAccessRequest');
      expect(data(await officer.graphql(VIEWER), 'viewer')).toEqual({
        council: { code: 'NOT' },
        councilRole: 'EDITOR',
      });
      expect(errorCode(await officer.graphql(ASK_ROLE, { r: 'EDITOR' }))).toBe('ALREADY_HAS_ROLE');
      expect(errorCode(await officer.graphql(ASK_ROLE, { r: 'OFFICER' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await officer.graphql(ASK_ROLE, { r: 'ADMIN' }))).toBe('COUNCIL_HAS_ADMIN');
    });

    it('makes the first admin of a council that has none, through the platform admins', async () => {
      const officer = await signedIn(harness, { council: 'SKP' });
      const asked = data<Request>(
        await officer.graphql(ASK_ROLE, { r: 'ADMIN' }),
        'askForCouncilRole',
      );
      expect(asked.kind).toBe('COUNCIL_ADMIN');
      expect(
        data<Request[]>(await platformAdmin.graphql(QUEUE, {}), 'accessRequests').map((r) => r.id),
      ).toContain(asked.id);
      data(await platformAdmin.graphql(ACCEPT, { id: asked.id }), 'acceptAccessRequest');
      const [membership] = await harness.dataSource.query(
        `SELECT role FROM council_membership WHERE account_id = $1`,
        [officer.accountId],
      );
      expect(membership.role).toBe('ADMIN');
      expect((await mailTo(officer.email)).some((m) => /two-factor/.test(m))).toBe(true);
    });

    it('is refused when the person is no longer a member', async () => {
      const admin = await signedIn(harness, { council: 'KEN', role: 'ADMIN' });
      const officer = await signedIn(harness, { council: 'KEN' });
      const asked = data<Request>(
        await officer.graphql(ASK_ROLE, { r: 'EDITOR' }),
        'askForCouncilRole',
      );
      await harness.dataSource.query(
        `UPDATE council_membership SET status = 'removed' WHERE account_id = $1`,
        [officer.accountId],
      );
      expect(errorCode(await admin.graphql(ACCEPT, { id: asked.id }))).toBe(
        'REQUESTER_NOT_A_MEMBER',
      );
    });
  });
});
