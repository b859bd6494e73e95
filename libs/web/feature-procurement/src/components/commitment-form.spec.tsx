import { NO_FORM_ERRORS } from '@lgx/web/ui';
import { render, screen } from '@testing-library/react';
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
    expect(screen.getByLabelText('Earliest start')).toHaveValue('2027-04-01');
    expect(screen.getByLabelText('Latest start')).toHaveValue('2027-09-30');
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
});
