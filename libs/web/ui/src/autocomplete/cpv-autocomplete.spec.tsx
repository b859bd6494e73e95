import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { CpvAutocomplete } from './cpv-autocomplete';

function renderField(props: Partial<Parameters<typeof CpvAutocomplete>[0]> = {}) {
  render(
    <form aria-label="Choose">
      <CpvAutocomplete id="cpvCode" name="cpvCode" label="Category" {...props} />
    </form>,
  );
  const form = screen.getByRole('form', { name: 'Choose' }) as HTMLFormElement;
  return {
    field: screen.getByRole('combobox', { name: 'Category' }),
    sent: () => new FormData(form).get('cpvCode'),
  };
}

describe('CpvAutocomplete', () => {
  it('offers categories by name as the person types a word, and sends the code chosen', async () => {
    const { field, sent } = renderField();
    expect(field).toHaveAccessibleDescription(/like “software” or “waste”/);
    await userEvent.type(field, 'waste');
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toContain(
      'Refuse and waste related services 90500000-2',
    );
    await userEvent.click(screen.getByRole('option', { name: /Refuse and waste/ }));
    expect(field).toHaveValue('Refuse and waste related services');
    expect(sent()).toBe('90500000-2');
  });

  it('starts from a stored code, showing its name and never the bare code', () => {
    const { field, sent } = renderField({ defaultCode: '48000000-8' });
    expect(field).toHaveValue('Software package and information systems');
    expect(sent()).toBe('48000000-8');
  });
});
