import type { ReactNode } from 'react';

export interface Crumb {
  label: string;
  href: string;
}

export function Breadcrumbs({
  items,
  renderLink,
}: {
  items: Crumb[];
  renderLink: (props: { href: string; className: string; children: ReactNode }) => ReactNode;
}) {
  return (
    <nav className="govuk-breadcrumbs" aria-label="Breadcrumb">
      <ol className="govuk-breadcrumbs__list">
        {items.map((item) => (
          <li className="govuk-breadcrumbs__list-item" key={item.href}>
            {renderLink({
              href: item.href,
              className: 'govuk-breadcrumbs__link',
              children: item.label,
            })}
          </li>
        ))}
      </ol>
    </nav>
  );
}
