import { Link, useLocation } from 'react-router';

const PAGES = [
  { href: '/admin/requests', label: 'Requests' },
  { href: '/admin/domains', label: 'Council email domains' },
  { href: '/admin/audit-log', label: 'Audit log' },
  { href: '/contracts/buyers', label: 'Contract buyers' },
];

/** Links between the platform admin pages. */
export function AdminNavigation() {
  const { pathname } = useLocation();
  return (
    <nav className="lgx-sub-navigation" aria-label="Admin pages">
      <ul className="govuk-list lgx-sub-navigation__list">
        {PAGES.map((page) => {
          const current = pathname.startsWith(page.href);
          return (
            <li key={page.href} className="lgx-sub-navigation__item">
              <Link
                className="govuk-link govuk-link--no-visited-state"
                to={page.href}
                aria-current={current ? 'page' : undefined}
              >
                {current ? <strong>{page.label}</strong> : page.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
