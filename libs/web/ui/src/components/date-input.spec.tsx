import { render, screen } from '@testing-library/react';

import { DateInput } from './date-input';

describe('DateInput', () => {
  it('asks for day, month and year as one named group, starting from the given date', () => {
    render(
      <DateInput
        id="started"
        legend="When did it start?"
        hint="For example, 27 3 2024"
        defaultValue={{ day: '27', month: '3', year: '2024' }}
      />,
    );
    const group = screen.getByRole('group', { name: 'When did it start?' });
    expect(group).toHaveAccessibleDescription('For example, 27 3 2024');
    expect(screen.getByRole('textbox', { name: 'Day' })).toHaveValue('27');
    expect(screen.getByRole('textbox', { name: 'Month' })).toHaveValue('3');
    expect(screen.getByRole('textbox', { name: 'Year' })).toHaveValue('2024');
    expect(screen.getByRole('textbox', { name: 'Day' })).toHaveAttribute('id', 'started-day');
    for (const name of ['Day', 'Month', 'Year'])
      expect(screen.getByRole('textbox', { name })).not.toBeInvalid();
  });

  it('says what is wrong and marks only the parts that are wrong', () => {
    render(
      <DateInput
        id="started"
        legend="When did it start?"
        error="The month must be between 1 and 12"
        errorParts={['month']}
      />,
    );
    const group = screen.getByRole('group', { name: 'When did it start?' });
    expect(group).toHaveAccessibleDescription(/The month must be between 1 and 12/);
    expect(screen.getByRole('textbox', { name: 'Month' })).toBeInvalid();
    expect(screen.getByRole('textbox', { name: 'Day' })).not.toBeInvalid();
    expect(screen.getByRole('textbox', { name: 'Year' })).not.toBeInvalid();
  });

  it('marks every part when the whole date is wrong', () => {
    render(<DateInput id="started" legend="When did it start?" error="Enter a real date" />);
    for (const name of ['Day', 'Month', 'Year'])
      expect(screen.getByRole('textbox', { name })).toBeInvalid();
  });
});
