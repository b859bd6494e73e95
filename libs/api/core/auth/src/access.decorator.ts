import { SetMetadata } from '@nestjs/common';

import type { CouncilRole, PlatformRole } from './actor';

/** Who may call a resolver at all; finer, object-level rules live in the policy. */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'signed-in'; duringMfa?: boolean }
  | { kind: 'officer' }
  | { kind: 'council-role'; role: CouncilRole }
  | { kind: 'platform-role'; role: PlatformRole };

export const ACCESS_KEY = 'lgx:access';

/**
 * Every query and mutation declares its access; the guard refuses any that
 * does not, and a test walks the schema to prove none is left without one.
 */
export const Access = {
  /** Anyone, signed in or not. */
  public: () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule),
  /** Any signed-in account; `duringMfa` also while its MFA challenge or enrolment is pending. */
  signedIn: (options: { duringMfa?: boolean } = {}) =>
    SetMetadata(ACCESS_KEY, { kind: 'signed-in', ...options } satisfies AccessRule),
  /** A verified officer of any council. */
  officer: () => SetMetadata(ACCESS_KEY, { kind: 'officer' } satisfies AccessRule),
  /** At least this role in the actor's council. */
  councilRole: (role: CouncilRole) =>
    SetMetadata(ACCESS_KEY, { kind: 'council-role', role } satisfies AccessRule),
  /** This platform role. */
  platformRole: (role: PlatformRole) =>
    SetMetadata(ACCESS_KEY, { kind: 'platform-role', role } satisfies AccessRule),
};
