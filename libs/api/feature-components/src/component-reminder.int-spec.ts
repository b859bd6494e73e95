import { signedIn, useFeatureAppWithMail } from '@lgx/api/testing';

import { ComponentReminderService } from './component-reminder.service';
import { COMPONENT_ENTITIES, ComponentsModule } from './components.module';

const CREATE = `mutation($input: ComponentInput!) { createComponent(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishComponent(id: $id) { id } }`;
const GET = `query($id: ID!) { component(id: $id) { health { possiblyStale } } }`;

const input = (name: string) => ({
  name,
  kind: 'SERVICE_PATTERN',
  summary: 'A pattern for telling residents where their bin collection is.',
  licence: 'OGL-UK-3.0',
  maturity: 'LIVE',
});

// Ask the adopters moved to the questions feature: apps/api/src/ask-the-adopters.int-spec.ts.
describe('stale reminders', () => {
  const world = useFeatureAppWithMail(
    {
      imports: [ComponentsModule],
      entities: COMPONENT_ENTITIES,
    },
    {
      derbyEditor: { council: 'DER', role: 'EDITOR' },
    },
  );
  const mailTo = (email: string) => world.mailbox.to(email);

  async function published(name: string): Promise<string> {
    const created = await world.derbyEditor.graphql<{ createComponent: { id: string } }>(CREATE, {
      input: input(name),
    });
    const id = created.data!.createComponent.id;
    await world.derbyEditor.graphql(PUBLISH, { id });
    return id;
  }

  it('reminds the editors of maintaining councils once when a component has not been updated for 12 months', async () => {
    const id = await published('Old pattern');
    await world.harness.dataSource.query(
      `UPDATE component SET maintained_at = now() - interval '13 months' WHERE id = $1`,
      [id],
    );
    const officer = await signedIn(world.harness, { council: 'DER' });
    const reminders = world.harness.app.get(ComponentReminderService);
    const before = mailTo(world.derbyEditor.email).length;
    expect(await reminders.remindStale()).toBeGreaterThanOrEqual(1);
    const received = mailTo(world.derbyEditor.email);
    expect(received).toHaveLength(before + 1);
    expect(received.at(-1)).toMatch(/Subject: Is Old pattern still up to date\?/);
    expect(mailTo(officer.email)).toHaveLength(0); // officers are not editors
    // Not again within a month.
    expect(await reminders.remindStale()).toBe(0);
    const health = await world.harness.graphql<{
      component: { health: { possiblyStale: boolean } };
    }>(GET, { id });
    expect(health.data!.component.health.possiblyStale).toBe(true);
  });
});
