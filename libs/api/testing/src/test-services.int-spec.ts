import pg from 'pg';

import { TEST_ENV } from './test-env';

// The run's own PostgreSQL (none given in DATABASE_URL) is thrown away at the end: it does not
// wait for the disk (test-services.ts), but commits still wait for their WAL to be written.
it("the run's own PostgreSQL does not wait for the disk, and commits still wait for the WAL", async () => {
  const client = new pg.Client({ connectionString: process.env[TEST_ENV.adminUrl] });
  await client.connect();
  try {
    const setting = async (name: string) =>
      (
        (await client.query(`SELECT current_setting($1) AS value`, [name])).rows[0] as {
          value: string;
        }
      ).value;
    const own = !process.env['DATABASE_URL'];
    expect({
      fsync: await setting('fsync'),
      fullPageWrites: await setting('full_page_writes'),
      synchronousCommit: await setting('synchronous_commit'),
    }).toEqual(
      own
        ? { fsync: 'off', fullPageWrites: 'off', synchronousCommit: 'on' }
        : expect.objectContaining({ synchronousCommit: expect.any(String) }),
    );
  } finally {
    await client.end();
  }
});
