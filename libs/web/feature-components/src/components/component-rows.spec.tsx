import type { ComponentQuery } from '@lgx/web/data-access';
import { SummaryList } from '@lgx/web/ui';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { detailRows } from './component-rows';

type Component = NonNullable<ComponentQuery['component']>;

describe('detailRows', () => {
  it('links each service area and technology to its topic’s page', () => {
    const component = {
      kind: { key: 'API', label: 'API' },
      licence: 'MIT',
      url: null,
      documentationUrl: null,
      serviceAreas: [{ key: 'WASTE', label: 'Waste and recycling' }],
      technologies: [{ key: 'GENERATIVE_AI', label: 'Generative AI' }],
      standards: [],
      dependencies: [],
    } as unknown as Component;
    render(
      <MemoryRouter>
        <SummaryList rows={detailRows(component)} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Waste and recycling' })).toHaveAttribute(
      'href',
      '/topics/service-area/waste',
    );
    expect(screen.getByRole('link', { name: 'Generative AI' })).toHaveAttribute(
      'href',
      '/topics/technology/generative-ai',
    );
  });
});
