import { renderToStaticMarkup } from 'react-dom/server';

import type { RenderLink } from '../layout/render-link';
import { isSearchUnavailable, SearchBuildingNotice, SearchUnavailable } from './search-unavailable';

const renderLink: RenderLink = ({ href, className, children }) => (
  <a href={href} className={className}>
    {children}
  </a>
);

describe('SearchUnavailable', () => {
  it('says search is unavailable for now and offers the lists that do not need it', () => {
    const html = renderToStaticMarkup(<SearchUnavailable renderLink={renderLink} />);
    expect(html).toContain('<h2 class="govuk-heading-m">Search is unavailable for now</h2>');
    expect(html).toContain('<a href="/councils" class="govuk-link">Councils</a>');
    expect(html).toContain('<a href="/suppliers" class="govuk-link">Suppliers</a>');
    expect(html).toContain(
      '<a href="/procurement-groups" class="govuk-link">Procurement groups</a>',
    );
    expect(html).not.toMatch(/went wrong|INTERNAL|error/i);
  });

  it('leaves out the list the person is already on', () => {
    const html = renderToStaticMarkup(
      <SearchUnavailable renderLink={renderLink} except="/suppliers" headingLevel={3} />,
    );
    expect(html).toContain('<h3');
    expect(html).not.toContain('href="/suppliers"');
    expect(html).toContain('href="/councils"');
  });

  it('tells the unavailable error apart from any other', () => {
    expect(isSearchUnavailable({ code: 'SEARCH_UNAVAILABLE', message: 'x' })).toBe(true);
    expect(isSearchUnavailable({ code: 'INTERNAL_SERVER_ERROR' })).toBe(false);
    expect(isSearchUnavailable(null)).toBe(false);
  });

  it('says so while search is still being prepared', () => {
    expect(renderToStaticMarkup(<SearchBuildingNotice />)).toContain(
      'Search is still being prepared; results may be incomplete',
    );
  });
});
