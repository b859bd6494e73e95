import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import { SearchFilters } from './search-filters';

function renderFilters(former: { checked: boolean } | null) {
  const onFormerChange = jest.fn(async () => undefined);
  render(
    <MemoryRouter>
      <SearchFilters
        groups={[]}
        councils={{ mine: null, near: null, like: null }}
        clearHref={null}
        onChange={async () => undefined}
        onCouncilChange={async () => undefined}
        former={former && { ...former, onChange: onFormerChange }}
      />
    </MemoryRouter>,
  );
  return onFormerChange;
}

describe('SearchFilters: former councils', () => {
  it('offers "Include former councils" when councils can be found, and asks for them', async () => {
    const onFormerChange = renderFilters({ checked: false });
    const box = screen.getByRole('checkbox', { name: /Include former councils/ });
    expect(box).not.toBeChecked();
    await userEvent.click(box);
    expect(onFormerChange).toHaveBeenCalledWith(true);
  });

  it('shows the choice made, and lets it go', async () => {
    const onFormerChange = renderFilters({ checked: true });
    const box = screen.getByRole('checkbox', { name: /Include former councils/ });
    expect(box).toBeChecked();
    await userEvent.click(box);
    expect(onFormerChange).toHaveBeenCalledWith(false);
  });

  it('says nothing of former councils when no council can be among the results', () => {
    renderFilters(null);
    expect(screen.queryByRole('checkbox', { name: /former councils/ })).toBeNull();
  });
});
