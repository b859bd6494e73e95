import { signedIn, useFeatureAppWithMail } from '@lgx/api/testing';

import { ComponentReminderService } from './component-reminder.service';
import { COMPONENT_ENTITIES, ComponentsModule } from './components.module';

const CREATE = `mutation($input: ComponentInput!) { createComponent(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishComponent(id: $id) { id } }`;
const ADOPT = `mutation($id: ID!, $input: AdoptionInput!) { recordAdoption(componentId: $id, input: $input) { contactOptIn } }`;
const ASK = `mutation($id: ID!, $question: String!) { askAdopters(componentId: $id, question: $question) }`;
const GET = `query($id: ID!) { component(id: $id) { adopterContacts recentQuestions health { possiblyStale } } }`;

const input = (name: string) => ({
  name,
  kind: 'SERVICE_PATTERN',
  summary: 'A pattern for telling residents where their bin collection is.',
  licence: 'OGL-UK-3.0',
  maturity: 'LIVE',
});

describe('ask the adopters, and stale reminders', () => {
  const world = useFeatureAppWithMail(
    {
      imports: [ComponentsModule],
      entities: COMPONENT_ENTITIES,
    },
    {
      derbyEditor: { council: 'DER', role: 'EDITOR' },
      kentOfficer: { council: 'KEN' },
      nottinghamOfficer: { council: 'NOT' },
      stockportOfficer: { council: 'SKP' },
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

  it('emails the question only to adopters who opted in, never showing their addresses', async () => {
    const id = await published('Bin day finder');
    await world.kentOfficer.graphql(ADOPT, { id, input: { status: 'IN_USE', contactOptIn: true } });
    await world.nottinghamOfficer.graphql(ADOPT, { id, input: { status: 'EVALUATING' } });

    const asker = await world.stockportOfficer.graphql<{ component: { adopterContacts: number } }>(
      GET,
      {
        id,
      },
    );
    expect(asker.data!.component.adopterContacts).toBe(1);
    const sent = await world.stockportOfficer.graphql<{ askAdopters: number }>(ASK, {
      id,
      question: 'How long did it take to connect it to your waste system?',
    });
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.askAdopters).toBe(1);
    const received = mailTo(world.kentOfficer.email);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatch(/Subject: A question about Bin day finder from Stockport/);
    expect(received[0]).toContain(world.stockportOfficer.email);
    expect(mailTo(world.nottinghamOfficer.email)).toHaveLength(0);
    expect(JSON.stringify(sent)).not.toContain(world.kentOfficer.email);
    const after = await world.harness.graphql<{ component: { recentQuestions: number } }>(GET, {
      id,
    });
    expect(after.data!.component.recentQuestions).toBe(1);
  });

  it('refuses visitors, short questions, drafts, no contacts, and more than five a day', async () => {
    const id = await published('Council tax reminder pattern');
    const visitor = await world.harness.graphql(ASK, {
      id,
      question: 'Does it work with our system?',
    });
    expect(visitor.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const short = await world.stockportOfficer.graphql(ASK, { id, question: 'Why?' });
    expect(short.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const none = await world.stockportOfficer.graphql(ASK, {
      id,
      question: 'Does it work for you?',
    });
    expect(none.errors?.[0]?.extensions?.['code']).toBe('NO_ADOPTER_CONTACTS');

    await world.kentOfficer.graphql(ADOPT, { id, input: { status: 'IN_USE', contactOptIn: true } });
    const asker = await signedIn(world.harness, { council: 'NOT' });
    for (let i = 0; i < 5; i++)
      expect(
        (await asker.graphql(ASK, { id, question: `Question number ${i + 1} about it` })).errors,
      ).toBeUndefined();
    const sixth = await asker.graphql(ASK, { id, question: 'One question too many today' });
    expect(sixth.errors?.[0]?.extensions?.['code']).toBe('TOO_MANY_QUESTIONS');

    const draft = await world.derbyEditor.graphql<{ createComponent: { id: string } }>(CREATE, {
      input: input('Draft pattern'),
    });
    const refused = await world.kentOfficer.graphql(ASK, {
      id: draft.data!.createComponent.id,
      question: 'Can we see the draft?',
    });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

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
