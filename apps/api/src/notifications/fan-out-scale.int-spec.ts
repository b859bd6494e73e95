import { NotificationFanOut } from '@lgx/api/feature-notifications';
import type { TestApp } from '@lgx/api/testing';

import { bootNotificationsApp, indexed, insertCaseStudy } from './notifications-test-app';

const FOLLOWERS = 10_000;
const SAVED_SEARCHES = 1_000;

/**
 * A measurement, not a test of behaviour (decision 0046): one published case
 * study fanned out to 10,000 council followers and 1,000 saved searches. Runs
 * only when asked: LGX_MEASURE_FAN_OUT=1.
 */
(process.env['LGX_MEASURE_FAN_OUT'] ? describe : describe.skip)('fan-out at scale', () => {
  let harness: TestApp;
  beforeAll(async () => {
    harness = await bootNotificationsApp();
  });
  afterAll(() => harness?.close());

  it(`tells ${FOLLOWERS} followers and runs ${SAVED_SEARCHES} saved searches`, async () => {
    const db = harness.dataSource;
    // Half verified officers of the test councils, half visitor-level accounts.
    await db.query(
      `INSERT INTO account (email, email_verified_at, name, job_title, status)
       SELECT 'scale-' || n || '@example.org', now(), 'Reader ' || n, 'Officer', 'active'
         FROM generate_series(1, $1) AS n`,
      [FOLLOWERS + SAVED_SEARCHES],
    );
    await db.query(
      `INSERT INTO council_membership (account_id, council_code, role, status)
       SELECT id, (ARRAY['DER','NOT','KEN','SKP'])[1 + (row_number() OVER ()) % 4], 'OFFICER', 'active'
         FROM account WHERE email LIKE 'scale-%' AND (split_part(substring(email from 7), '@', 1)::int % 2) = 0`,
    );
    await db.query(
      `INSERT INTO follow (account_id, kind, target_key)
       SELECT id, 'COUNCIL', 'DER' FROM account WHERE email LIKE 'scale-%' ORDER BY email LIMIT $1`,
      [FOLLOWERS],
    );
    await db.query(
      `INSERT INTO follow (account_id, kind, target_key, search)
       SELECT id, 'SAVED_SEARCH', md5(email),
              jsonb_build_object('query', (ARRAY['chatbot','bins','housing repairs','chatbot housing','parking'])[1 + (row_number() OVER ()) % 5] || ' ' || (row_number() OVER ()),
                                 'types', '[]'::jsonb, 'facets', '[]'::jsonb)
         FROM account WHERE email LIKE 'scale-%' ORDER BY email DESC LIMIT $1`,
      [SAVED_SEARCHES],
    );
    const id = await insertCaseStudy(harness, {
      title: 'A chatbot for housing repairs',
      council: 'DER',
      serviceAreas: ['HOUSING'],
    });
    await indexed(harness);
    const started = performance.now();
    const told = await harness.app
      .get(NotificationFanOut)
      .handle({ type: 'content.published', contentType: 'case_study', id, change: 'new' });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `Fan-out of one case study: ${told} notifications (${FOLLOWERS} followers, ${SAVED_SEARCHES} saved searches) in ${seconds.toFixed(2)} s`,
    );
    expect(told).toBeGreaterThanOrEqual(FOLLOWERS);
  }, 600_000);
});
