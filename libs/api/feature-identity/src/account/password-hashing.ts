import { hash, verify } from '@node-rs/argon2';

import { ARGON2ID_OPTIONS } from './password.rules';

/** An Argon2id hash of a password, with the parameters of ARGON2ID_OPTIONS. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID_OPTIONS);
}

// A real hash with the same parameters, made once, for checks that have no account's hash.
let dummyHash: Promise<string> | undefined;

/**
 * Whether `password` matches `passwordHash`. Costs one Argon2 verification
 * whether or not there is a hash (an unknown email, an account that only
 * uses single sign-on), so the time taken does not tell them apart.
 */
export async function verifyPassword(
  passwordHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hashPassword('not-a-real-password-for-timing');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
