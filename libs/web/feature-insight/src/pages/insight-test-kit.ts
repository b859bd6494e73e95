import axe from 'axe-core';

/** WCAG A and AA problems axe finds in the page (colours need a browser: the journey checks them). */
export async function expectNoAxeViolations() {
  const { violations } = await axe.run(document.body, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
    rules: { 'color-contrast': { enabled: false } },
  });
  expect(violations.map(({ id, nodes }) => `${id} (${nodes.length})`)).toEqual([]);
}
