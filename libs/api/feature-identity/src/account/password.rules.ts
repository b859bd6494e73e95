import commonPasswords from 'fxa-common-password-list';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** Argon2id at OWASP's recommended minimum: 19 MiB, 2 iterations, parallelism 1. */
export const ARGON2ID_OPTIONS = {
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/**
 * NIST SP 800-63B style: length 8 to 128, not a commonly used password, not
 * the email address; no composition rules. Returns a message, or undefined
 * when the password is acceptable.
 */
export function passwordProblem(password: string, email?: string): string | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    return `Password must be ${PASSWORD_MIN_LENGTH} characters or more`;
  if (length > PASSWORD_MAX_LENGTH)
    return `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`;
  const lower = password.toLowerCase();
  if (commonPasswords.test(password) || commonPasswords.test(lower)) {
    return 'This password is too common and easy to guess. Choose another, such as three random words';
  }
  if (email && (lower === email.toLowerCase() || lower === email.toLowerCase().split('@')[0])) {
    return 'Password must not be your email address';
  }
  return undefined;
}
