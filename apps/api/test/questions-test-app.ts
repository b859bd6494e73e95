import { type LgxEvent, LgxEvents } from '@lgx/api/core/contracts';
import {
  bootTestApp,
  seedTestCouncils,
  signedIn,
  startTestMailbox,
  type TestApp,
  type TestMailbox,
  type TestSession,
  type TestSessionOptions,
} from '@lgx/api/testing';
import { Global, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { createApp } from '../src/bootstrap';

/** Stands in for the job queue: the events recorded, and that each came with a transaction. */
export class RecordedEvents extends LgxEvents {
  readonly recorded: LgxEvent[] = [];

  async record(manager: EntityManager, events: LgxEvent | readonly LgxEvent[]): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive)
      throw new Error('An event must be recorded in the transaction of its change');
    this.recorded.push(...(Array.isArray(events) ? events : [events as LgxEvent]));
  }
}

const CREATE_CASE_STUDY = `mutation($input: CaseStudyInput!) { createCaseStudy(input: $input) { id } }`;
const PUBLISH_CASE_STUDY = `mutation($id: ID!) { publishCaseStudy(id: $id) { id } }`;
const CREATE_COMPONENT = `mutation($input: ComponentInput!) { createComponent(input: $input) { id } }`;
const PUBLISH_COMPONENT = `mutation($id: ID!) { publishComponent(id: $id) { id } }`;

export interface QuestionsWorld<Cast extends string> {
  harness: TestApp;
  mailbox: TestMailbox;
  events: RecordedEvents;
  people: Record<Cast, TestSession>;
  /** A case study by `editor`'s council; published unless `draft`. */
  caseStudy(editor: TestSession, title: string, draft?: boolean): Promise<string>;
  /** A component by `editor`'s council; published unless `draft`. */
  component(editor: TestSession, name: string, draft?: boolean): Promise<string>;
}

/**
 * Call in a describe: the whole API (case studies, components and questions
 * together) with a mailbox, an events recorder standing in for the job queue,
 * and a cast of signed-in people.
 */
export function useQuestionsApp<Cast extends string>(
  cast: Record<Cast, TestSessionOptions>,
): QuestionsWorld<Cast> {
  const events = new RecordedEvents();
  @Global()
  @Module({ providers: [{ provide: LgxEvents, useValue: events }], exports: [LgxEvents] })
  class RecordedEventsModule {}

  const world = { events, people: {} } as QuestionsWorld<Cast>;
  beforeAll(async () => {
    world.mailbox = await startTestMailbox();
    world.harness = await bootTestApp((config) =>
      createApp(
        { ...config, mail: { ...config.mail, smtpUrl: world.mailbox.url } },
        { logger: false, importCouncils: false, imports: [RecordedEventsModule] },
      ),
    );
    await seedTestCouncils(world.harness.dataSource);
    for (const [name, person] of Object.entries(cast) as [Cast, TestSessionOptions][])
      world.people[name] = await signedIn(world.harness, person);
  });
  afterAll(async () => {
    await world.harness?.close();
    await world.mailbox?.stop();
  });

  const created = async (editor: TestSession, create: string, input: object) => {
    const response = await editor.graphql<Record<string, { id: string }>>(create, { input });
    expect(response.errors).toBeUndefined();
    return Object.values(response.data!)[0]!.id;
  };
  world.caseStudy = async (editor, title, draft = false) => {
    const id = await created(editor, CREATE_CASE_STUDY, {
      title,
      summary: 'How a council answered residents faster.',
      challenge: 'Too many calls about the same things.',
      whatWasDone: 'A web chat that answers the common questions.',
      stage: 'LIVE',
      serviceAreas: ['ADULT_SOCIAL_CARE'],
      technologies: ['AI'],
    });
    if (!draft) expect((await editor.graphql(PUBLISH_CASE_STUDY, { id })).errors).toBeUndefined();
    return id;
  };
  world.component = async (editor, name, draft = false) => {
    const id = await created(editor, CREATE_COMPONENT, {
      name,
      kind: 'SERVICE_PATTERN',
      summary: 'A pattern for telling residents where their bin collection is.',
      licence: 'OGL-UK-3.0',
      maturity: 'LIVE',
    });
    if (!draft) expect((await editor.graphql(PUBLISH_COMPONENT, { id })).errors).toBeUndefined();
    return id;
  };
  return world;
}
