import { IDENTITY_ENTITIES, IdentityModule } from '@lgx/api/feature-identity';
import {
  bootTestApp,
  createFeatureApp,
  seedTestCouncils,
  signedIn,
  type TestApp,
} from '@lgx/api/testing';

import { parseAdminBatch, runAdminBatch } from './admin-batch';
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

  // Nested to share this app: a batch is the same commands, run one after another.
  describe('a batch of commands (admin.ts --batch)', () => {
    const accountOf = async (email: string) =>
      (
        await harness.dataSource.query(
          `SELECT a.platform_role, m.council_code, m.role FROM account a
             LEFT JOIN council_membership m ON m.account_id = a.id WHERE a.email = $1`,
          [email],
        )
      )[0];

    it('runs each command in order, each account with its own password', async () => {
      const said = await runAdminBatch(
        harness.dataSource,
        parseAdminBatch(
          JSON.stringify([
            { args: ['add-council-domain', 'KEN', 'batch.kent.test.gov.uk'] },
            {
              args: [
                'create-account',
                'kay@batch.kent.test.gov.uk',
                'Kay',
                'Lead',
                '--council-role',
                'EDITOR',
              ],
              newPassword: 'orchid lantern cobble',
            },
            {
              args: ['create-account', 'pip@batch.kent.test.gov.uk', 'Pip', 'Officer'],
              newPassword: 'walnut glacier pylon',
            },
          ]),
        ),
      );
      expect(said).toHaveLength(3);
      expect(said[0]).toMatch(/^batch\.kent\.test\.gov\.uk now belongs to .* \(KEN\)\.$/);
      expect(await accountOf('kay@batch.kent.test.gov.uk')).toEqual({
        platform_role: null,
        council_code: 'KEN',
        role: 'EDITOR',
      });
      expect(await accountOf('pip@batch.kent.test.gov.uk')).toMatchObject({
        council_code: 'KEN',
        role: 'OFFICER',
      });
      const [{ hashes }] = await harness.dataSource.query(
        `SELECT count(DISTINCT password_hash)::int AS hashes FROM account WHERE email LIKE '%@batch.kent.test.gov.uk'`,
      );
      expect(hashes).toBe(2);
    });

    it('stops at the first refusal, naming it; the commands before it have run', async () => {
      const batch = runAdminBatch(harness.dataSource, [
        { args: ['add-council-domain', 'DER', 'stop.derby.test.gov.uk'] },
        { args: ['create-account', 'sol@stop.derby.test.gov.uk', 'Sol', 'Lead'], newPassword: 'x' },
        { args: ['add-council-domain', 'KEN', 'never.kent.test.gov.uk'] },
      ]);
      await expect(batch).rejects.toThrow(AdminCommandError);
      await expect(batch).rejects.toThrow(
        /^Command 2 of the batch \(create-account\) refused, commands 1-1 ran: /,
      );
      const domains = await harness.dataSource.query(
        `SELECT domain FROM council_domain WHERE domain LIKE 'stop.%' OR domain LIKE 'never.%'`,
      );
      expect(domains).toEqual([{ domain: 'stop.derby.test.gov.uk' }]);
      expect(await accountOf('sol@stop.derby.test.gov.uk')).toBeUndefined();
    });

    it.each([
      ['not JSON', '{', /this is not JSON/],
      ['not an array', '{"args": ["send-digests"]}', /with at least one/],
      ['an empty array', '[]', /with at least one/],
      ['a command without args', '[{"args": []}]', /command 1 is not/],
      ['a number for an argument', '[{"args": ["x"]}, {"args": ["x", 1]}]', /command 2 is not/],
      ['an unknown key', '[{"args": ["x"], "password": "p"}]', /command 1 is not/],
    ])('refuses a batch that is %s, before running anything', (_, json, message) => {
      expect(() => parseAdminBatch(json)).toThrow(AdminCommandError);
      expect(() => parseAdminBatch(json)).toThrow(message);
    });
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
