import type { Locator, Page } from 'playwright-core';

/**
 * Reads `read` again and again until it gives `expected` (deeply equal), for
 * at most `timeout` ms: for a state the page reaches by itself (a section done
 * loading, a list fetched again after a change). Fails with the last value read.
 */
export async function eventually<T>(
  read: () => Promise<T>,
  expected: T,
  { timeout = 10_000, interval = 100 }: { timeout?: number; interval?: number } = {},
): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    try {
      expect(value).toEqual(expected);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/**
 * What a part of the page shows while its data is on the way: a status that
 * ends in "…" ("Loading councils…", "Updating results…", "Searching…", "Saving…"),
 * or results kept on screen, marked aria-busy, until the new ones come.
 */
export function stillLoading(scope: Page | Locator): Locator {
  return scope
    .getByRole('status')
    .filter({ hasText: /…\s*$/ })
    .or(scope.locator('[aria-busy="true"]'));
}

/**
 * Waits until nothing in `scope` is loading any more, so that what a step finds
 * missing is missing, and what it measures is the whole page. `networkidle` is
 * no such promise: it is 500 ms without requests, and a section may be about to
 * ask. Fails after `timeout` ms naming what still loads.
 */
export async function loaded(scope: Page | Locator, timeout = 10_000): Promise<void> {
  await eventually(
    async () => (await stillLoading(scope).allInnerTexts()).map((text) => text.trim().slice(0, 80)),
    [],
    { timeout },
  );
}
