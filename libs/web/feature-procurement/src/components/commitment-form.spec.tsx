import { NO_FORM_ERRORS } from '@lgx/web/ui';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { CommitmentForm } from './commitment-form';

type Own = Parameters<typeof CommitmentForm>[0]['own'];

const own = {
  volume: 12,
  volumeUnit: 'licences',
  earliestStart: '2027-04-01',
  latestStart: '2027-09-30',
} as Own;

describe('CommitmentForm', () => {
  it('is folded until opened, and fills in the council’s last commitment', async () => {
    render(
      <CommitmentForm
        own={own}
        committed
        errors={NO_FORM_ERRORS}
        busy={false}
        onCommit={jest.fn()}
      />,
    );
    const form = screen.getByRole('form', { name: 'Commitment', hidden: true });
    expect(form).not.toBeVisible();
    await userEvent.click(screen.getByText('Change your commitment'));
    expect(form).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Volume' })).toHaveValue('12');
    expect(screen.getByRole('textbox', { name: 'Of what' })).toHaveValue('licences');
    const earliest = within(screen.getByRole('group', { name: 'Earliest start' }));
    expect(earliest.getByRole('textbox', { name: 'Day' })).toHaveValue('1');
    expect(earliest.getByRole('textbox', { name: 'Month' })).toHaveValue('4');
    expect(earliest.getByRole('textbox', { name: 'Year' })).toHaveValue('2027');
    const latest = within(screen.getByRole('group', { name: 'Latest start' }));
    expect(latest.getByRole('textbox', { name: 'Day' })).toHaveValue('30');
  });

  it('hands over the commitment as typed, a volume that is not a number as 0', async () => {
    const onCommit = jest.fn();
    render(
      <CommitmentForm
        own={undefined}
        committed={false}
        errors={NO_FORM_ERRORS}
        busy={false}
        onCommit={onCommit}
      />,
    );
    await userEvent.click(screen.getByText('Commit your council'));
    await userEvent.type(screen.getByRole('textbox', { name: 'Volume' }), 'many');
    await userEvent.type(screen.getByRole('textbox', { name: 'Of what' }), 'sites');
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Estimated value to your council, in pounds' }),
      '4000',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Commit' }));
    expect(onCommit).toHaveBeenCalledWith({
      volume: 0,
      volumeUnit: 'sites',
      estimatedValue: '4000',
      earliestStart: '',
      latestStart: '',
    });
  });

  it('stays open while it has errors, with each by its field', () => {
    render(
      <CommitmentForm
        own={undefined}
        committed={false}
        errors={{
          summary: [{ fieldId: 'volume', message: 'Enter a volume of 1 or more' }],
          byField: { volume: 'Enter a volume of 1 or more' },
          hasErrors: true,
        }}
        busy={false}
        onCommit={jest.fn()}
      />,
    );
    const volume = screen.getByRole('textbox', { name: 'Volume' });
    expect(volume).toBeVisible();
    expect(volume).toHaveAccessibleDescription(
      expect.stringContaining('Enter a volume of 1 or more'),
    );
  });

  it('is sent with a date it cannot read, and shows that date’s problem with the API’s others', async () => {
    const api = {
      summary: [
        { fieldId: 'volume', message: 'The volume must be a whole number from 1 to 10,000,000' },
        { fieldId: 'earliest-start', message: 'Enter the earliest start' },
        { fieldId: 'estimated-value', message: 'Enter the estimated value' },
      ],
      byField: {
        volume: 'The volume must be a whole number from 1 to 10,000,000',
        'earliest-start': 'Enter the earliest start',
        'estimated-value': 'Enter the estimated value',
      },
      hasErrors: true,
    };
    const onCommit = jest.fn();
    const props = { own: undefined, committed: false, busy: false, onCommit };
    const { rerender } = render(<CommitmentForm {...props} errors={NO_FORM_ERRORS} />);
    await userEvent.click(screen.getByText('Commit your council'));
    const earliest = within(screen.getByRole('group', { name: 'Earliest start' }));
    await userEvent.type(earliest.getByRole('textbox', { name: 'Day' }), '1');
    await userEvent.type(earliest.getByRole('textbox', { name: 'Year' }), '2027');
    await userEvent.click(screen.getByRole('button', { name: 'Commit' }));
    expect(onCommit).toHaveBeenCalledWith(
      expect.objectContaining({ volume: 0, earliestStart: '', latestStart: '' }),
    );
    rerender(<CommitmentForm {...props} errors={api} />);
    expect(screen.getByRole('group', { name: 'Earliest start' })).toHaveAccessibleDescription(
      'For example, 1 4 2027 Error: The earliest start must include a month',
    );
    expect(earliest.getByRole('textbox', { name: 'Month' })).toBeInvalid();
    expect(earliest.getByRole('textbox', { name: 'Day' })).not.toBeInvalid();
    expect(screen.getByRole('textbox', { name: 'Volume' })).toHaveAccessibleDescription(
      expect.stringContaining('The volume must be a whole number'),
    );
    expect(
      screen.getByRole('textbox', { name: 'Estimated value to your council, in pounds' }),
    ).toHaveAccessibleDescription(expect.stringContaining('Enter the estimated value'));
  });
});
