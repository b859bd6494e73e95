import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { Autocomplete } from './autocomplete';
import type { AutocompleteOption } from './autocomplete-text';

const COUNCILS: AutocompleteOption[] = [
  { value: 'DER', label: 'Derby City Council', detail: 'Unitary' },
  { value: 'DBY', label: 'Derbyshire County Council', detail: 'County' },
  { value: 'KEN', label: 'Kent County Council', detail: 'County' },
];

const searchCouncils = jest.fn(async (query: string) =>
  COUNCILS.filter((council) => council.label.toLowerCase().includes(query.toLowerCase())),
);

/** The autocomplete in a form, with the value the form would send. */
function renderField(props: Partial<Parameters<typeof Autocomplete>[0]> = {}) {
  render(
    <form aria-label="Choose">
      <Autocomplete
        id="council"
        name="councilCode"
        label="Council"
        hint="Start typing its name"
        search={searchCouncils}
        {...props}
      />
    </form>,
  );
  const sent = () =>
    new FormData(screen.getByRole('form', { name: 'Choose' }) as HTMLFormElement).get(
      'councilCode',
    );
  return { field: screen.getByRole('combobox', { name: 'Council' }), sent };
}

describe('Autocomplete', () => {
  beforeEach(() => searchCouncils.mockClear());

  // accessible-autocomplete (Preact's React build) still uses the old lifecycle names.
  const warn = console.warn.bind(console);
  beforeAll(() =>
    jest.spyOn(console, 'warn').mockImplementation((message: unknown, ...rest: unknown[]) => {
      if (!String(message).includes('has been renamed')) warn(message, ...rest);
    }),
  );
  afterAll(() => jest.restoreAllMocks());

  it('is a labelled combobox described by its hint, sending nothing until an option is chosen', () => {
    const { field, sent } = renderField({ error: 'Choose a council' });
    expect(field).toHaveAccessibleDescription(/Start typing its name.*Choose a council/);
    expect(field).toBeInvalid();
    expect(sent()).toBe('');
  });

  it('offers the matching options as the person types, and sends the one they choose', async () => {
    const { field, sent } = renderField();
    await userEvent.type(field, 'derb');
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Derby City Council Unitary',
      'Derbyshire County Council County',
    ]);
    expect(searchCouncils).toHaveBeenLastCalledWith('derb');

    await userEvent.click(screen.getByRole('option', { name: /Derbyshire/ }));
    expect(field).toHaveValue('Derbyshire County Council');
    expect(sent()).toBe('DBY');
  });

  it('forgets the choice when the person types something else', async () => {
    const { field, sent } = renderField({ defaultOption: COUNCILS[2] });
    expect(field).toHaveValue('Kent County Council');
    expect(sent()).toBe('KEN');
    await userEvent.type(field, 'x');
    expect(sent()).toBe('');
  });

  it('says when the search is unavailable, rather than that nothing matched', async () => {
    const { field } = renderField({
      search: () =>
        Promise.reject(Object.assign(new Error('Unavailable'), { code: 'SEARCH_UNAVAILABLE' })),
    });
    await userEvent.type(field, 'kent');
    await waitFor(() =>
      expect(
        screen.getByText('Search is unavailable for now: try again in a few minutes'),
      ).toBeInTheDocument(),
    );
  });

  it('says "No results found" when nothing matches', async () => {
    const { field } = renderField();
    await userEvent.type(field, 'zzz');
    expect(await screen.findByText('No results found')).toBeInTheDocument();
  });
});
