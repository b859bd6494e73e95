import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { Pagination } from './pagination';

const renderLink = ({
  href,
  className,
  rel,
  onClick,
  children,
}: Parameters<Parameters<typeof Pagination>[0]['renderLink']>[0]) => (
  <a
    href={href}
    className={className}
    rel={rel}
    onClick={(event) => {
      event.preventDefault();
      onClick?.(event);
    }}
  >
    {children}
  </a>
);

describe('Pagination', () => {
  it('shows nothing when there is only one page', () => {
    const { container } = render(<Pagination label="Results pages" renderLink={renderLink} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('offers the pages before and after as links named by where they go', () => {
    render(
      <Pagination
        label="Results pages"
        previous={{ href: '/search?q=bins', label: '1 of 3' }}
        next={{ href: '/search?q=bins&after=abc', label: '3 of 3' }}
        renderLink={renderLink}
      />,
    );
    const navigation = screen.getByRole('navigation', { name: 'Results pages' });
    const links = Array.from(navigation.querySelectorAll('a'));
    expect(links.map((link) => link.textContent)).toEqual([
      'Previous page:1 of 3',
      'Next page:3 of 3',
    ]);
    expect(screen.getByRole('link', { name: /Previous page/ })).toHaveAttribute(
      'href',
      '/search?q=bins',
    );
    expect(screen.getByRole('link', { name: /Next page/ })).toHaveAttribute('rel', 'next');
    expect(screen.getByRole('link', { name: /Next page/ })).toHaveAttribute(
      'href',
      '/search?q=bins&after=abc',
    );
  });

  it('offers only "Next page" on the first page, and tells the page when a link is followed', async () => {
    const onNavigate = jest.fn();
    render(
      <Pagination
        label="Results pages"
        next={{ href: '/search?after=abc' }}
        renderLink={renderLink}
        onNavigate={onNavigate}
      />,
    );
    expect(screen.queryByRole('link', { name: /Previous page/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Next page' }));
    expect(onNavigate).toHaveBeenCalledTimes(1);
  });
});
