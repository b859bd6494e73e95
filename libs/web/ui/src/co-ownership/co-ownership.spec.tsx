import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { CoOwnership, type CoOwnershipProps, type CoOwnershipWording } from './co-ownership';

const wording: CoOwnershipWording = {
  idPrefix: 'co-author',
  invitationHeading: (invitedBy, council) =>
    `${invitedBy} has asked ${council} to co-author this case study`,
  invitationBody: (council) => `Until someone at ${council} accepts, it is not shown.`,
  invitationSubject: 'co-author Bin rounds',
  askedHeading: 'Councils asked to co-author',
  askedBody: 'A council is shown as a co-author only once one of its editors accepts.',
  leave: 'Stop being a co-author',
  leaveSubject: ' of Bin rounds',
  askedItemClassName: 'lgx-invitation',
};

function renderCoOwnership(overrides: Partial<CoOwnershipProps> = {}) {
  const props: CoOwnershipProps = {
    wording,
    invitation: null,
    asked: [],
    canEdit: false,
    canLeave: false,
    busy: false,
    onRespond: jest.fn(),
    onWithdraw: jest.fn(),
    onLeave: jest.fn(),
    ...overrides,
  };
  const { container } = render(<CoOwnership {...props} />);
  return { props, container };
}

describe('CoOwnership', () => {
  it('shows nothing when there is no invitation, nobody asked and nothing to leave', () => {
    const { container } = renderCoOwnership();
    expect(container).toBeEmptyDOMElement();
  });

  it('lets the invited council accept or decline, each button naming what it answers', async () => {
    const { props } = renderCoOwnership({
      invitation: { invitedBy: { name: 'Leeds' }, council: { name: 'York' } },
    });
    const section = screen.getByRole('region', {
      name: 'Leeds has asked York to co-author this case study',
    });
    expect(section).toHaveAttribute('aria-labelledby', 'co-author-invitation-heading');
    expect(
      within(section).getByText('Until someone at York accepts, it is not shown.'),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Accept the invitation to co-author Bin rounds' }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Decline the invitation to co-author Bin rounds' }),
    );
    expect(props.onRespond).toHaveBeenNthCalledWith(1, true);
    expect(props.onRespond).toHaveBeenNthCalledWith(2, false);
  });

  it('lists the councils asked with their answer, and lets an editor withdraw or remove them', async () => {
    const { props } = renderCoOwnership({
      canEdit: true,
      asked: [
        { council: { code: 'YOR', name: 'York' }, status: 'PENDING' },
        { council: { code: 'HUL', name: 'Hull' }, status: 'DECLINED' },
      ],
    });
    const section = screen.getByRole('region', { name: 'Councils asked to co-author' });
    expect(section).toHaveAttribute('aria-labelledby', 'co-authors-asked-heading');
    const [york, hull] = within(section).getAllByRole('listitem');
    expect(york).toHaveClass('lgx-invitation');
    expect(york).toHaveTextContent('Waiting for them to confirm');
    expect(hull).toHaveTextContent('Declined');
    await userEvent.click(screen.getByRole('button', { name: 'Withdraw invitation to York' }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove to Hull' }));
    expect(props.onWithdraw).toHaveBeenNthCalledWith(1, 'YOR');
    expect(props.onWithdraw).toHaveBeenNthCalledWith(2, 'HUL');
  });

  it('hides withdrawing from someone who cannot edit', () => {
    renderCoOwnership({ asked: [{ council: { code: 'YOR', name: 'York' }, status: 'PENDING' }] });
    expect(screen.getByText('York')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('lets a sharing council leave', async () => {
    const { props } = renderCoOwnership({ canLeave: true });
    await userEvent.click(
      screen.getByRole('button', { name: 'Stop being a co-author of Bin rounds' }),
    );
    expect(props.onLeave).toHaveBeenCalledTimes(1);
  });

  it('ignores presses while an answer is being sent', async () => {
    const { props } = renderCoOwnership({
      busy: true,
      canLeave: true,
      invitation: { invitedBy: { name: 'Leeds' }, council: { name: 'York' } },
    });
    await userEvent.click(
      screen.getByRole('button', { name: 'Accept the invitation to co-author Bin rounds' }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Stop being a co-author of Bin rounds' }),
    );
    expect(props.onRespond).not.toHaveBeenCalled();
    expect(props.onLeave).not.toHaveBeenCalled();
  });
});
