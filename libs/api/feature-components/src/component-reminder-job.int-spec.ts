import { JobQueue } from '@lgx/api/core/jobs';
import { eventually, useFeatureAppWithMail } from '@lgx/api/testing';

import { STALE_REMINDERS_JOB } from './component-reminder.service';
import { COMPONENT_ENTITIES, ComponentsModule } from './components.module';

const CREATE = `mutation($input: ComponentInput!) { createComponent(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishComponent(id: $id) { id } }`;

describe('stale component reminders on the job queue', () => {
  const world = useFeatureAppWithMail(
    { imports: [ComponentsModule], entities: COMPONENT_ENTITIES },
    { derbyEditor: { council: 'DER', role: 'EDITOR' } },
  );

  it('runs as a job: the reminder is sent once, however often the job runs', async () => {
    const created = await world.derbyEditor.graphql<{ createComponent: { id: string } }>(CREATE, {
      input: {
        name: 'Queued old pattern',
        kind: 'SERVICE_PATTERN',
        summary: 'A pattern for telling residents where their bin collection is.',
        licence: 'OGL-UK-3.0',
        maturity: 'LIVE',
      },
    });
    const id = created.data!.createComponent.id;
    await world.derbyEditor.graphql(PUBLISH, { id });
    await world.harness.dataSource.query(
      `UPDATE component SET maintained_at = now() - interval '13 months' WHERE id = $1`,
      [id],
    );
    const reminded = () =>
      world.mailbox
        .to(world.derbyEditor.email)
        .filter((mail) => /Subject: Is Queued old pattern still up to date\?/.test(mail));

    const queued = async () => {
      const [{ count }] = await world.harness.dataSource.query(
        `SELECT count(*)::int AS count FROM graphile_worker.jobs WHERE task_identifier = $1`,
        [STALE_REMINDERS_JOB],
      );
      return count as number;
    };
    const queue = world.harness.app.get(JobQueue);
    await queue.add(STALE_REMINDERS_JOB, {});
    await eventually(async () => reminded().length === 1);
    // Run again (a second tick, a retry): the reminder is claimed, nothing is sent twice.
    await queue.add(STALE_REMINDERS_JOB, {});
    await eventually(async () => (await queued()) === 0);
    expect(reminded()).toHaveLength(1);
  });
});
