import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';

import { FollowButton } from './follow-button';

function Harness({ start = false, error = null }: { start?: boolean; error?: string | null }) {
  const [following, setFollowing] = useState<boolean>(start);
  return (
    <FollowButton
      name="Derby City Council"
      following={following}
      toggle={() => setFollowing(!following)}
      pending={false}
      error={error}
    />
  );
}

describe('FollowButton', () => {
  it('says what pressing it does, with what it follows, and announces the change', async () => {
    render(<Harness />);
    const button = screen.getByRole('button', { name: 'Follow Derby City Council' });
    expect(screen.getByRole('status')).toHaveTextContent('');
    await userEvent.click(button);
    expect(screen.getByRole('button', { name: 'Unfollow Derby City Council' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('You follow Derby City Council.');
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(
      'You no longer follow Derby City Council.',
    );
  });

  it('is not there for a visitor or while loading', () => {
    const { container, rerender } = render(
      <FollowButton name="x" following={null} toggle={() => {}} pending={false} error={null} />,
    );
    expect(container).toBeEmptyDOMElement();
    rerender(
      <FollowButton
        name="x"
        following={undefined}
        toggle={() => {}}
        pending={false}
        error={null}
      />,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('ignores presses while busy and says what went wrong', async () => {
    const toggle = jest.fn();
    render(
      <FollowButton name="x" following={false} toggle={toggle} pending error="Sign in again." />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Follow x' }));
    expect(toggle).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Error: Sign in again.');
  });
});
