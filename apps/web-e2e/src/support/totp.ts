import { Secret, TOTP } from 'otpauth';

const PERIOD = 30;

/** The 30-second step a moment falls in, as the API counts them. */
export const totpStep = (at = Date.now()) => Math.floor(at / 1000 / PERIOD);

/** The code an authenticator app shows now for a base32 secret (spaces allowed, as shown). */
export function totpCode(secret: string, at = Date.now()): string {
  return new TOTP({
    secret: Secret.fromBase32(secret.replace(/\s/g, '')),
    digits: 6,
    period: PERIOD,
  }).generate({ timestamp: at });
}

/**
 * Waits until a step after `usedStep` (a code works once) with a few seconds
 * left in it, so the code is still current when it arrives.
 */
export async function waitForFreshStep(usedStep: number): Promise<void> {
  for (;;) {
    const now = Date.now();
    const secondsLeft = PERIOD - ((now / 1000) % PERIOD);
    if (totpStep(now) > usedStep && secondsLeft > 3) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
