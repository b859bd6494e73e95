import type { FeatureAppOptions } from './feature-app';
import type { TestApp } from './test-app';
import { errorCodeOf } from './test-errors';
import { type MailedFeatureApp, useFeatureAppWithMail } from './test-mail';
import { signedIn, type TestSession, type TestSessionOptions } from './test-session';

/** The people of the council invitation tests (co-authors, co-maintainers): Derby invites Nottingham. */
export const COUNCIL_INVITATION_CAST = {
  derbyEditor: { council: 'DER', role: 'EDITOR' },
  derbyOfficer: { council: 'DER' },
  nottinghamEditor: { council: 'NOT', role: 'EDITOR' },
  nottinghamAdmin: { council: 'NOT', role: 'ADMIN' },
  nottinghamOfficer: { council: 'NOT' },
  kentEditor: { council: 'KEN', role: 'EDITOR' },
} as const satisfies Record<string, TestSessionOptions>;

export type CouncilInvitationWorld = MailedFeatureApp<keyof typeof COUNCIL_INVITATION_CAST>;

/** Call in a describe: a feature app with a mailbox and COUNCIL_INVITATION_CAST signed in. */
export function useCouncilInvitationApp(options: FeatureAppOptions): CouncilInvitationWorld {
  return useFeatureAppWithMail(options, COUNCIL_INVITATION_CAST);
}

/** The invitation's operations, as each feature names them: `respond` takes $id and $accept. */
export interface InvitationOperations {
  respond: string;
  /** The query of open invitations to the asker's council. */
  received: string;
}

/**
 * Everyone but the editors and admins of the invited council (Nottingham)
 * tries to accept and to decline the invitation to record `id`, and gets the
 * refusal expected of them; none finds it among the invitations to their own
 * council. `afterEach` runs after each person's tries, to check nothing changed.
 */
export async function expectOnlyTheInvitedCouncilAnswers(
  world: CouncilInvitationWorld,
  id: string,
  operations: InvitationOperations,
  afterEach: (role: string) => Promise<void> = async () => undefined,
): Promise<void> {
  const outsiders: [string, TestSession | TestApp, string][] = [
    ['visitor', world.harness, 'UNAUTHENTICATED'],
    ['Derby officer', world.derbyOfficer, 'FORBIDDEN'],
    ['Derby editor', world.derbyEditor, 'INVITATION_NOT_FOUND'],
    [
      'Derby admin',
      await signedIn(world.harness, { council: 'DER', role: 'ADMIN' }),
      'INVITATION_NOT_FOUND',
    ],
    ['Nottingham officer', world.nottinghamOfficer, 'FORBIDDEN'],
    ['Kent editor', world.kentEditor, 'INVITATION_NOT_FOUND'],
    ['platform admin', await signedIn(world.harness, { platformRole: 'ADMIN' }), 'FORBIDDEN'],
    ['moderator', await signedIn(world.harness, { platformRole: 'MODERATOR' }), 'FORBIDDEN'],
  ];
  for (const [role, as, expected] of outsiders) {
    for (const accept of [true, false]) {
      const response = await as.graphql(operations.respond, { id, accept });
      expect({ role, accept, code: errorCodeOf(response) }).toEqual({
        role,
        accept,
        code: expected,
      });
    }
    if (role !== 'visitor') {
      const list = await as.graphql(operations.received);
      expect({ role, sees: JSON.stringify(list.data ?? null).includes(id) }).toEqual({
        role,
        sees: false,
      });
    }
    await afterEach(role);
  }
}
