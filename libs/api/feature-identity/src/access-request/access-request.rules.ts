import type { CouncilRole } from '@lgx/api/core/auth';

import type { FieldProblem } from '../identity.errors';

/** Free email services: an address on one never shows which council someone works for. */
const PUBLIC_EMAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.co.uk',
  'live.com',
  'live.co.uk',
  'yahoo.com',
  'yahoo.co.uk',
  'icloud.com',
  'me.com',
  'aol.com',
  'protonmail.com',
  'proton.me',
  'btinternet.com',
  'sky.com',
  'example.org',
  'example.com',
]);

export const isPublicEmailDomain = (domain: string) => PUBLIC_EMAIL_DOMAINS.has(domain);

export const DECLINE_REASON_MAX = 500;

/** A council code as typed or chosen: trimmed, upper case; null when there is none. */
export function checkedCouncilCode(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  return /^[A-Z0-9-]{2,12}$/.test(code) ? code : null;
}

/** The roles one may ask for: editor, or admin of a council that has none. */
export function roleProblem(role: CouncilRole): FieldProblem | null {
  return role === 'OFFICER'
    ? { field: 'role', message: 'Ask for the editor or the admin role: every member is an officer' }
    : null;
}

/** Why a decline's reason is not usable, or null. It is sent to the person who asked. */
export function declineReasonProblem(reason: string): FieldProblem | null {
  const trimmed = reason.trim();
  if (!trimmed) return { field: 'reason', message: 'Enter the reason, so the person knows why' };
  if (trimmed.length > DECLINE_REASON_MAX)
    return {
      field: 'reason',
      message: `The reason must be ${DECLINE_REASON_MAX} characters or fewer`,
    };
  return null;
}
