import { render, screen } from '@testing-library/react';

import { Checkboxes } from './checkboxes';

describe('Checkboxes', () => {
  it('groups the boxes under the legend, described by hint and error, ids from the first', () => {
    const { container } = render(
      <Checkboxes
        id="tags"
        name="tags"
        legend="Tags"
        hint="Choose all that apply"
        error="Choose at least one tag"
        items={[
          { value: 'waste', label: 'Waste' },
          { value: 'housing', label: 'Housing' },
        ]}
        defaultValues={['housing']}
      />,
    );
    const group = screen.getByRole('group', { name: 'Tags' });
    expect(group).toHaveAttribute('aria-describedby', 'tags-hint tags-error');
    expect(group).toHaveAccessibleDescription(
      'Choose all that apply Error: Choose at least one tag',
    );
    expect(container.firstChild).toHaveClass('govuk-form-group--error');
    expect(screen.getByRole('checkbox', { name: 'Waste' })).toHaveAttribute('id', 'tags');
    expect(screen.getByRole('checkbox', { name: 'Housing' })).toHaveAttribute('id', 'tags-2');
    expect(screen.getByRole('checkbox', { name: 'Housing' })).toBeChecked();
  });
});
