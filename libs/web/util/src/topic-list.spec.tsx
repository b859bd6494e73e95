import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { topicList } from './topic-list';

describe('topicList', () => {
  it('links each term to its topic’s page, and shows a term no taxonomy knows as written', () => {
    render(
      <MemoryRouter>
        {topicList('SERVICE_AREA', [
          { key: 'HOUSING', label: 'Housing and homelessness' },
          { key: 'RETIRED_AREA', label: 'A retired area' },
        ])}
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Housing and homelessness' })).toHaveAttribute(
      'href',
      '/topics/service-area/housing',
    );
    expect(screen.getByText('A retired area')).not.toHaveAttribute('href');
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('says when there are none', () => {
    render(<MemoryRouter>{topicList('TECHNOLOGY', [])}</MemoryRouter>);
    expect(screen.getByText('None given')).toBeInTheDocument();
  });
});
