import type { Locator, Page } from 'playwright-core';

import { loaded } from './settle';

/**
 * Waits for something a background job brings (a message in the dev mailbox,
 * a notification, a result the search index has caught up with), reloading the
 * page as a person would (or opening it again with `open`), for at most
 * `seconds`. It is missing only once the page has loaded: a slow page is
 * waited for, not reloaded before it could show it.
 */
export async function waitWithReload(
  page: Page,
  target: Locator,
  seconds = 20,
  open: () => Promise<unknown> = () => page.reload(),
): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    try {
      await loaded(page);
      await target.waitFor({ timeout: 1_000 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await open();
    }
  }
}
