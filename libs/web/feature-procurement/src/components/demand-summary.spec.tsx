import { render, screen } from '@testing-library/react';

import { DemandSummary } from './demand-summary';

const MEMBERS_ONLY_REASON =
  'The committed value and the residents of committed councils are shown to member councils only.';

const demand = {
  interestedCount: 0,
  committedCount: 3,
  memberCount: 3,
  committedValue: { pence: '12300000', formatted: '£123,000' },
  populationCovered: 884_399,
  committedPopulation: 884_399,
  regions: ['East Midlands', 'North West'],
  minimumCouncils: 2,
  minimumMet: true,
  withheldReason: null,
};

const valueOf = (key: string) => screen.getByText(key).nextElementSibling?.textContent;

describe('DemandSummary', () => {
  it('shows member councils the committed value and the residents of committed councils', () => {
    render(<DemandSummary demand={demand} />);
    expect(valueOf('Committed value')).toBe('£123,000');
    expect(valueOf('Population covered')).toBe(
      '884,399 residents (884,399 residents in committed councils)',
    );
  });

  it('tells other councils the money is for members only, not that too few councils committed', () => {
    render(
      <DemandSummary
        demand={{
          ...demand,
          committedValue: null,
          committedPopulation: null,
          withheldReason: MEMBERS_ONLY_REASON,
        }}
      />,
    );
    expect(screen.getByText(MEMBERS_ONLY_REASON)).toBeInTheDocument();
    expect(valueOf('Committed value')).toBe('Shown to member councils only');
    expect(valueOf('Population covered')).toBe('884,399 residents');
    expect(valueOf('Councils committed')).toBe('3 councils');
  });

  it('says a count resting on fewer than 3 councils is not shown', () => {
    render(
      <DemandSummary
        demand={{
          ...demand,
          committedCount: null,
          memberCount: null,
          interestedCount: null,
          committedValue: null,
          populationCovered: null,
          committedPopulation: null,
          regions: null,
          minimumMet: null,
          withheldReason: 'Fewer than 3.',
        }}
      />,
    );
    expect(valueOf('Councils committed')).toBe('Not shown: fewer than 3 councils');
    expect(valueOf('Population covered')).toBe('Not shown: fewer than 3 councils');
  });
});
