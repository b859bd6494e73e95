import type { LgxEvent } from '@lgx/api/core/contracts';
import {
  bootTestApp,
  seedTestCouncils,
  signedIn,
  startTestMailbox,
  type TestApp,
  type TestMailbox,
  type TestSession,
  type TestSessionOptions,
  watchEvents,
} from '@lgx/api/testing';

import { createApp } from '../src/bootstrap';

const CREATE_CASE_STUDY = `mutation($input: CaseStudyInput!) { createCaseStudy(input: $input) { id } }`;
const PUBLISH_CASE_STUDY = `mutation($id: ID!) { publishCaseStudy(id: $id) { id } }`;
const CREATE_COMPONENT = `mutation($input: ComponentInput!) { createComponent(input: $input) { id } }`;
const PUBLISH_COMPONENT = `mutation($id: ID!) { publishComponent(id: $id) { id } }`;

export interface QuestionsWorld<Cast extends string> {
  harness: TestApp;
  mailbox: TestMailbox;
  /** The events recorded (to the real job queue) since the app started. */
  events: { recorded: LgxEvent[] };
  people: Record<Cast, TestSession>;
  /** A case study by `editor`'s council; published unless `draft`. */
  caseStudy(editor: TestSession, title: string, draft?: boolean): Promise<string>;
  /** A component by `editor`'s council; published unless `draft`. */
  component(editor: TestSession, name: string, draft?: boolean): Promise<string>;
}

/**
 * Call in a describe: the whole API (case studies, components and questions
 * together) with a mailbox, the events recorded watched on their way to the job queue,
 * and a cast of signed-in people.
 */
export function useQuestionsApp<Cast extends string>(
  cast: Record<Cast, TestSessionOptions>,
): QuestionsWorld<Cast> {
  const world = { people: {} } as QuestionsWorld<Cast>;
  beforeAll(async () => {
    world.mailbox = await startTestMailbox();
    world.harness = await bootTestApp((config) =>
      createApp(
        { ...config, mail: { ...config.mail, smtpUrl: world.mailbox.url } },
        { logger: false, importCouncils: false },
      ),
    );
    world.events = { recorded: watchEvents(world.harness.app) };
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
