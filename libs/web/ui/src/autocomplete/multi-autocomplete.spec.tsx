import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { AutocompleteOption } from './autocomplete-text';
import { MultiAutocomplete } from './multi-autocomplete';

const COUNCILS: AutocompleteOption[] = [
  { value: 'DER', label: 'Derby City Council', detail: 'Unitary' },
  { value: 'DBY', label: 'Derbyshire County Council', detail: 'County' },
  { value: 'NGM', label: 'Nottingham City Council', detail: 'Unitary' },
];
const search = async (query: string) =>
  COUNCILS.filter((council) => council.label.toLowerCase().includes(query.toLowerCase()));

function renderField(defaultOptions: AutocompleteOption[] = []) {
  render(
    <form aria-label="Councils">
      <MultiAutocomplete
        id="co-authors"
        name="co-authors"
        label="Co-author councils"
        chosenLabel="Councils you have added"
        search={search}
        defaultOptions={defaultOptions}
        exclude={['NGM']}
      />
    </form>,
  );
  const sent = () =>
    new FormData(screen.getByRole('form', { name: 'Councils' }) as HTMLFormElement).getAll(
      'co-authors',
    );
  return { sent, box: () => screen.getByRole('combobox', { name: 'Co-author councils' }) };
}

describe('MultiAutocomplete', () => {
  // accessible-autocomplete (Preact's React build) warns of renamed lifecycles: not ours to fix.
  beforeAll(() => jest.spyOn(console, 'warn').mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  it('adds each council chosen by name, sends their codes, and empties the box for the next', async () => {
    const { sent, box } = renderField();
    await userEvent.type(box(), 'derby');
    await userEvent.click(await screen.findByRole('option', { name: /Derby City/ }));
    await waitFor(() => expect(sent()).toEqual(['DER']));
    expect(screen.getByText('Derby City Council added')).toHaveAttribute('aria-live', 'polite');
    await waitFor(() => expect(box()).toHaveValue(''));
    expect(box()).toHaveFocus();

    await userEvent.type(box(), 'derbys');
    await userEvent.click(await screen.findByRole('option', { name: /Derbyshire/ }));
    await waitFor(() => expect(sent()).toEqual(['DER', 'DBY']));
    expect(screen.getByRole('list', { name: 'Councils you have added' }).textContent).toMatch(
      /Derby City Council.*Derbyshire County Council/,
    );
  });

  it('does not offer a council already chosen or excluded', async () => {
    const { box } = renderField([COUNCILS[0]!]);
    await userEvent.type(box(), 'council');
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Derbyshire County Council County',
    ]);
  });

  it('removes a council with its own labelled button, and moves focus on', async () => {
    const { sent, box } = renderField([COUNCILS[0]!, COUNCILS[1]!]);
    expect(sent()).toEqual(['DER', 'DBY']);
    await userEvent.click(screen.getByRole('button', { name: 'Remove Derby City Council' }));
    expect(sent()).toEqual(['DBY']);
    expect(screen.getByText('Derby City Council removed')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('button', { name: 'Remove Derbyshire County Council' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Remove Derbyshire County Council' }));
    expect(sent()).toEqual([]);
    expect(box()).toHaveFocus();
  });

  it('sends the text typed but not chosen, so the form can ask for a choice', async () => {
    renderField();
    await userEvent.type(screen.getByRole('combobox'), 'Derbx');
    const data = new FormData(screen.getByRole('form') as HTMLFormElement);
    expect(data.get('co-authors-typed')).toBe('Derbx');
    expect(data.getAll('co-authors')).toEqual([]);
  });
});
