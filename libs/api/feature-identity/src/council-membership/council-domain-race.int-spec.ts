import { loseRace, signedIn } from '@lgx/api/testing';

import { errorCode } from '../test/browser-like-client';
import { bootIdentityApp, type IdentityTestApp } from '../test/identity-test-app';

/**
 * Issue 13 review: adding a domain another request is storing at the same
 * moment gets the same answer as adding one already stored, not
 * INTERNAL_SERVER_ERROR, and never moves the domain to the later council.
 */
describe('a council domain added at the same moment twice', () => {
  let harness: IdentityTestApp;

  beforeAll(async () => {
    harness = await bootIdentityApp();
  });
  afterAll(() => harness?.close());

  it('answers the one that loses the race as a domain that already belongs to a council', async () => {
    const admin = await signedIn(harness, { platformRole: 'ADMIN' });
    const result = await loseRace(
      harness,
      { sql: `INSERT INTO council_domain (domain, council_code) VALUES ('racing.gov.uk', 'SKP')` },
      ['INSERT INTO "council_domain"%'],
      () =>
        admin.graphql(
          `mutation { addCouncilDomain(councilCode: "KEN", domain: "racing.gov.uk") { domain } }`,
        ),
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe(
      'racing.gov.uk already belongs to another council (SKP)',
    );
    expect(
      await harness.dataSource.query(
        `SELECT council_code FROM council_domain WHERE domain = 'racing.gov.uk'`,
      ),
    ).toEqual([{ council_code: 'SKP' }]);
  });
});
