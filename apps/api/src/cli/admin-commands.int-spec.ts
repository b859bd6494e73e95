import { IDENTITY_ENTITIES, IdentityModule } from '@lgx/api/feature-identity';
import {
  bootTestApp,
  createFeatureApp,
  seedTestCouncils,
  signedIn,
  type TestApp,
} from '@lgx/api/testing';

import { AdminCommandError, runAdminCommand } from './admin-commands';

describe('admin CLI: set-council-role', () => {
  let harness: TestApp;
  beforeAll(async () => {
    harness = await bootTestApp((config) =>
      createFeatureApp(config, { imports: [IdentityModule], entities: IDENTITY_ENTITIES }),
    );
    await seedTestCouncils(harness.dataSource);
  });
  afterAll(() => harness?.close());

  const run = (...argv: string[]) => runAdminCommand(harness.dataSource, argv);
  const roleOf = async (accountId: string) =>
    (
      await harness.dataSource.query(`SELECT role FROM council_membership WHERE account_id = $1`, [
        accountId,
      ])
    )[0]?.role;

  it("changes a member's role, audited as the members page's change is", async () => {
    const officer = await signedIn(harness, { council: 'DER' });
    const said = await run('set-council-role', ` ${officer.email.toUpperCase()} `, 'editor');
    expect(said).toBe(`${officer.email} is now editor of DER (was officer).`);
    expect(await roleOf(officer.accountId)).toBe('EDITOR');
    const [event] = await harness.dataSource.query(
      `SELECT action, outcome, actor_role, details FROM audit_event WHERE target_id = $1 ORDER BY occurred_at DESC LIMIT 1`,
      [officer.accountId],
    );
    expect(event).toMatchObject({
      action: 'council.members.change-role',
      outcome: 'success',
      actor_role: 'system',
      details: { councilCode: 'DER', from: 'OFFICER', to: 'EDITOR' },
    });
  });

  it('reminds that the admin role needs two-factor authentication', async () => {
    const officer = await signedIn(harness, { council: 'DER' });
    expect(await run('set-council-role', officer.email, 'ADMIN')).toMatch(
      /must set up two-factor authentication/,
    );
    expect(await roleOf(officer.accountId)).toBe('ADMIN');
  });

  it('refuses, clearly and changing nothing, an unknown email, a non-member and a bad role', async () => {
    const refusal = (promise: Promise<string>) =>
      promise.then(
        () => {
          throw new Error('expected a refusal');
        },
        (error: unknown) => {
          expect(error).toBeInstanceOf(AdminCommandError);
          return (error as Error).message;
        },
      );
    expect(await refusal(run('set-council-role', 'nobody@der.test.gov.uk', 'EDITOR'))).toBe(
      'No active account has the email nobody@der.test.gov.uk.',
    );
    const outsider = await signedIn(harness);
    expect(await refusal(run('set-council-role', outsider.email, 'EDITOR'))).toMatch(
      /is not a member of any council/,
    );
    const officer = await signedIn(harness, { council: 'DER' });
    expect(await refusal(run('set-council-role', officer.email, 'OWNER'))).toBe(
      'The role must be one of OFFICER, EDITOR, ADMIN (you gave "OWNER").',
    );
    expect(await refusal(run('set-council-role', officer.email))).toMatch(/^Usage:/);
    await harness.dataSource.query(
      `UPDATE council_membership SET status = 'removed' WHERE account_id = $1`,
      [officer.accountId],
    );
    expect(await refusal(run('set-council-role', officer.email, 'EDITOR'))).toMatch(
      /was removed from DER/,
    );
    expect(await roleOf(officer.accountId)).toBe('OFFICER');
    expect(await refusal(run('no-such-command'))).toMatch(/set-council-role/);
  });
});

describe('admin CLI: send-digests', () => {
  let harness: TestApp;
  beforeAll(async () => {
    harness = await bootTestApp((config) =>
      createFeatureApp(config, { imports: [IdentityModule], entities: IDENTITY_ENTITIES }),
    );
  });
  afterAll(() => harness?.close());

  const run = (...argv: string[]) => runAdminCommand(harness.dataSource, argv);
  const planned = (): Promise<{ task: string; ts: string }[]> =>
    harness.dataSource.query(
      `SELECT task.identifier AS task, job.payload->'_cron'->>'ts' AS ts
         FROM graphile_worker._private_jobs job
         JOIN graphile_worker._private_tasks task ON task.id = job.task_id
        WHERE task.identifier LIKE 'notifications.digest-plan-%' ORDER BY job.id`,
    );

  it('queues the planning of the period due at --at, as the 07:00 tick would', async () => {
    expect(await run('send-digests', 'daily', '--at', '2026-12-03T09:30:00Z')).toBe(
      "Queued the daily digests of 2026-12-02T07:00:00.000Z to 2026-12-03T07:00:00.000Z: the running API sends them, each person's once.",
    );
    await run('send-digests', 'WEEKLY', '--at', '2026-12-03T09:30:00Z');
    expect(await planned()).toEqual([
      { task: 'notifications.digest-plan-daily', ts: '2026-12-03T07:00:00.000Z' },
      // Thursday 3 December: the week that ended on Monday 30 November at 07:00.
      { task: 'notifications.digest-plan-weekly', ts: '2026-11-30T07:00:00.000Z' },
    ]);
  });

  it('refuses an unknown frequency or time, queueing nothing', async () => {
    const before = (await planned()).length;
    await expect(run('send-digests', 'MONTHLY')).rejects.toThrow(/^Usage: send-digests/);
    await expect(run('send-digests')).rejects.toThrow(AdminCommandError);
    await expect(run('send-digests', 'DAILY', '--at', 'tomorrow')).rejects.toThrow(
      '--at must be a date and time such as 2026-12-03T07:00:00Z (you gave "tomorrow").',
    );
    expect(await planned()).toHaveLength(before);
  });
});
