import type { Locator, Page } from 'playwright-core';

/**
 * Waits for something a background job brings (a message in the dev mailbox,
 * a notification), reloading the page as a person would, for at most `seconds`.
 */
export async function waitWithReload(page: Page, target: Locator, seconds = 20): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    try {
      await target.waitFor({ timeout: 1_000 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.reload();
    }
  }
}
