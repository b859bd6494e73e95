import type { Page } from 'playwright-core';

/** Fills a GOV.UK date input (day, month and year) named by its legend. */
export async function fillDate(
  page: Page,
  legend: string,
  [day, month, year]: readonly string[],
): Promise<void> {
  const group = page.getByRole('group', { name: legend, exact: true });
  await group.getByLabel('Day').fill(day!);
  await group.getByLabel('Month').fill(month!);
  await group.getByLabel('Year').fill(year!);
}

/**
 * Chooses a CPV category as a person does: types words of its name into the
 * category autocomplete labelled `label`, and picks the option `name`.
 */
export async function chooseCategory(
  page: Page,
  label: string,
  words: string,
  name: string,
): Promise<void> {
  const field = page.getByRole('combobox', { name: label, exact: true });
  await field.fill('');
  await field.pressSequentially(words);
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
  if ((await field.inputValue()) !== name)
    throw new Error(`"${label}" shows "${await field.inputValue()}", not "${name}"`);
}
