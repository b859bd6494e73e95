import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Email domains of the councils in DOMAIN.md's public examples, so that a
 * person trying LGX locally can sign up as an officer of one of them (the
 * confirmation email arrives in the dev mailbox). Development only.
 */
export const SAMPLE_COUNCIL_DOMAINS: { councilCode: string; domain: string }[] = [
  { councilCode: 'DER', domain: 'derby.gov.uk' },
  { councilCode: 'KIN', domain: 'west-norfolk.gov.uk' },
  { councilCode: 'KEN', domain: 'kent.gov.uk' },
  { councilCode: 'SKP', domain: 'stockport.gov.uk' },
];

/** Adds the sample domains when no council has any domain yet (a new database). */
export async function loadSampleCouncilDomains(app: INestApplication): Promise<number> {
  const db = app.get(DataSource);
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM council_domain`);
  if (count > 0) return 0;
  for (const { councilCode, domain } of SAMPLE_COUNCIL_DOMAINS) {
    await db.query(
      `INSERT INTO council_domain (domain, council_code) SELECT $1, code FROM council WHERE code = $2 AND is_current ON CONFLICT DO NOTHING`,
      [domain, councilCode],
    );
  }
  return SAMPLE_COUNCIL_DOMAINS.length;
}
