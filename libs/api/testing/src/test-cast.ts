import type { TestApp } from './test-app';
import { signedIn, type TestSession, type TestSessionOptions } from './test-session';

/**
 * The people tests sign in most, by name: a council's officer (no role), editor
 * or admin, and a platform moderator. Each test boots its own database, so a
 * name is a fresh account in every file.
 */
export const TEST_PEOPLE = {
  derbyOfficer: { council: 'DER' },
  derbyEditor: { council: 'DER', role: 'EDITOR' },
  kentOfficer: { council: 'KEN' },
  kentEditor: { council: 'KEN', role: 'EDITOR' },
  moderator: { platformRole: 'MODERATOR' },
} as const satisfies Record<string, TestSessionOptions>;

export type TestPerson = keyof typeof TEST_PEOPLE;

/** Signs in each named person of TEST_PEOPLE, in the order given. */
export async function signInAll<Name extends TestPerson>(
  harness: TestApp,
  ...names: Name[]
): Promise<Record<Name, TestSession>> {
  const people = {} as Record<Name, TestSession>;
  for (const name of names) people[name] = await signedIn(harness, TEST_PEOPLE[name]);
  return people;
}

/** Signs in each person described, in the order given, by the name the test calls them. */
export async function signInEach<Name extends string>(
  harness: TestApp,
  people: Record<Name, TestSessionOptions>,
): Promise<Record<Name, TestSession>> {
  const sessions = {} as Record<Name, TestSession>;
  for (const [name, options] of Object.entries(people) as [Name, TestSessionOptions][])
    sessions[name] = await signedIn(harness, options);
  return sessions;
}
