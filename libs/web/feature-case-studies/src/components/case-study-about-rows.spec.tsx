import type { CaseStudyDetailsFragment } from '@lgx/web/data-access';
import { SummaryList } from '@lgx/web/ui';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { caseStudyAboutRows } from './case-study-about-rows';

describe('caseStudyAboutRows', () => {
  it('links each service area, objective and technology to its topic’s page', () => {
    const study = {
      serviceAreas: [{ key: 'HOUSING', label: 'Housing and homelessness' }],
      objectives: [{ key: 'NET_ZERO', label: 'Net zero' }],
      technologies: [],
      licence: 'OGL-UK-3.0',
      sourceUrl: null,
      startDate: null,
      endDate: null,
      publishedAt: null,
      updatedAt: null,
    } as unknown as CaseStudyDetailsFragment;
    render(
      <MemoryRouter>
        <SummaryList rows={caseStudyAboutRows(study)} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Housing and homelessness' })).toHaveAttribute(
      'href',
      '/topics/service-area/housing',
    );
    expect(screen.getByRole('link', { name: 'Net zero' })).toHaveAttribute(
      'href',
      '/topics/objective/net-zero',
    );
    expect(screen.getByText('None given')).toBeInTheDocument();
  });
});
