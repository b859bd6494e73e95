import type { Page } from 'playwright-core';

import { expectAccessible, fillSignIn, heading } from './steps';
import { totpCode, totpStep, waitForFreshStep } from './totp';

/** Two-factor keys of the seeded admins, once set up by the first journey that signs them in. */
const twoFactor = new Map<string, { secret: string; step: number }>();

/**
 * Signs in an admin whose role needs two-factor authentication, on the sign-in
 * page: the first time in this run it sets two-factor up (as a person who
 * cannot scan the QR code), later it enters a fresh code.
 */
export async function signInAdmin(page: Page, email: string, password: string): Promise<void> {
  await fillSignIn(page, email, password);
  const known = twoFactor.get(email);
  if (known) {
    await heading(page, 'Enter your two-factor code');
    await expectAccessible(page);
    await waitForFreshStep(known.step);
    const at = Date.now();
    await page.getByLabel('Code', { exact: true }).fill(totpCode(known.secret, at));
    await page.getByRole('button', { name: 'Continue' }).click();
    twoFactor.set(email, { secret: known.secret, step: totpStep(at) });
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    return;
  }
  await page.getByText('Your role needs two-factor authentication').waitFor();
  await heading(page, 'Set up two-factor authentication');
  // As a person who cannot scan the QR code: the key is typed into the app.
  await page.getByText('I cannot scan the QR code').click();
  const secret = ((await page.locator('#setup-key').textContent()) ?? '').trim();
  await expectAccessible(page);
  const at = Date.now();
  const code = page.getByLabel('Code from your authenticator app');
  await code.fill(totpCode(secret, at));
  await code.press('Enter');
  await heading(page, 'Two-factor authentication is on');
  await expectAccessible(page);
  twoFactor.set(email, { secret, step: totpStep(at) });
  await page.getByRole('link', { name: 'Continue' }).click();
}
