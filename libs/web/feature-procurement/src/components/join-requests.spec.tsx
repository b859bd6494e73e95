import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { JoinRequests } from './join-requests';

const councils = [
  { code: 'DER', name: 'Derby' },
  { code: 'NGM', name: 'Nottingham' },
];

describe('JoinRequests', () => {
  it('shows nothing when no council is asking to join', () => {
    const { container } = render(<JoinRequests councils={[]} busy={false} onAnswer={jest.fn()} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('names each council on its Accept and Decline buttons, and answers for that council', async () => {
    const onAnswer = jest.fn();
    render(<JoinRequests councils={councils} busy={false} onAnswer={onAnswer} />);
    expect(screen.getByRole('heading', { name: 'Requests to join' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Accept Nottingham' }));
    expect(onAnswer).toHaveBeenLastCalledWith('NGM', true);
    await userEvent.click(screen.getByRole('button', { name: 'Decline Derby' }));
    expect(onAnswer).toHaveBeenLastCalledWith('DER', false);
  });
});
