import { render, screen } from '@testing-library/react';

import { Select } from './select';

const OPTIONS = [
  { value: '', label: 'Choose a region' },
  { value: 'EM', label: 'East Midlands' },
];

describe('Select', () => {
  it('is labelled and described by its hint and error, and shows its error state', () => {
    const { container } = render(
      <Select
        id="region"
        label="Region"
        hint="Where the council is"
        error="Choose a region"
        options={OPTIONS}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Region' });
    expect(select).toHaveAttribute('aria-describedby', 'region-hint region-error');
    expect(select).toHaveAccessibleDescription('Where the council is Error: Choose a region');
    expect(select).toBeInvalid();
    expect(select).toHaveClass('govuk-select govuk-select--error', { exact: true });
    expect(container.firstChild).toHaveClass('govuk-form-group--error');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Choose a region',
      'East Midlands',
    ]);
  });

  it('is described by its error alone when it has no hint', () => {
    render(<Select id="region" label="Region" error="Choose a region" options={OPTIONS} />);
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveAttribute(
      'aria-describedby',
      'region-error',
    );
  });
});
