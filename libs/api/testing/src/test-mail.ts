import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { SearchService } from '@lgx/api/core/search';
import { freePort, startMailCatcher } from '@lgx/infra';

import { createFeatureApp, type FeatureAppOptions } from './feature-app';
import { bootTestApp, type TestApp } from './test-app';
import { seedTestCouncils } from './test-councils';
import { signedIn, type TestSession, type TestSessionOptions } from './test-session';

/** A mail catcher writing each message the app sends to a fresh folder, as an .eml file. */
export interface TestMailbox {
  /** The catcher's SMTP address, for the app's config. */
  readonly url: string;
  /** Every message received so far, raw, in the order of their file names. */
  all(): string[];
  /** The messages addressed to `email`. */
  to(email: string): string[];
  /** Stops the catcher and removes its folder. */
  stop(): Promise<void>;
}

export async function startTestMailbox(): Promise<TestMailbox> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lgx-mail-'));
  const catcher = await startMailCatcher({ dir, port: await freePort() });
  const all = () =>
    readdirSync(dir)
      .filter((file) => file.endsWith('.eml'))
      .sort()
      .map((file) => readFileSync(path.join(dir, file), 'utf8'));
  return {
    url: catcher.url,
    all,
    to: (email) => all().filter((raw) => raw.toLowerCase().includes(`to: ${email.toLowerCase()}`)),
    async stop() {
      await catcher.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Boots a feature app (see createFeatureApp) whose mail goes to `mailbox`. */
export function bootFeatureAppWithMail(
  mailbox: TestMailbox,
  options: FeatureAppOptions,
): Promise<TestApp> {
  return bootTestApp((config) =>
    createFeatureApp({ ...config, mail: { ...config.mail, smtpUrl: mailbox.url } }, options),
  );
}

/** The ids an officer of `councilCode` finds searching `query` in `types` (first ten). */
export async function officerSearchIds(
  harness: TestApp,
  query: string,
  types: string[],
  councilCode: string,
): Promise<string[]> {
  const found = await harness.app.get(SearchService).run({
    query,
    types,
    limit: 10,
    offset: 0,
    scope: { officer: true, councilCode, groupIds: [] },
  });
  return found.hits.map((hit) => hit.id);
}

/** A feature app with a mailbox and a cast of signed-in people, ready inside a describe's tests. */
export type MailedFeatureApp<Cast extends string> = {
  harness: TestApp;
  mailbox: TestMailbox;
} & Record<Cast, TestSession>;

/**
 * Call in a describe: before all its tests, boots the feature app with a
 * mailbox (see bootFeatureAppWithMail), seeds the test councils and signs in
 * each person of `cast`, in order; after all, closes both. The fields of what
 * it returns are set once the tests run.
 */
export function useFeatureAppWithMail<Cast extends string>(
  options: FeatureAppOptions,
  cast: Record<Cast, TestSessionOptions>,
): MailedFeatureApp<Cast> {
  const world = {} as MailedFeatureApp<Cast>;
  beforeAll(async () => {
    world.mailbox = await startTestMailbox();
    world.harness = await bootFeatureAppWithMail(world.mailbox, options);
    await seedTestCouncils(world.harness.dataSource);
    for (const [name, person] of Object.entries(cast) as [Cast, TestSessionOptions][])
      (world as Record<Cast, TestSession>)[name] = await signedIn(world.harness, person);
  });
  afterAll(async () => {
    await world.harness?.close();
    await world.mailbox?.stop();
  });
  return world;
}

/** Boots a feature app (see createFeatureApp) and seeds the test councils. */
export async function bootFeatureApp(options: FeatureAppOptions): Promise<TestApp> {
  const harness = await bootTestApp((config) => createFeatureApp(config, options));
  await seedTestCouncils(harness.dataSource);
  return harness;
}
