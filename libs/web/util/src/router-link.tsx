import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * The router's Link for ui components that take a `renderLink`, so their
 * links navigate inside the app.
 */
export const routerLink = ({
  href,
  className,
  rel,
  children,
}: {
  href: string;
  className: string;
  rel?: string;
  children: ReactNode;
}) => (
  <Link to={href} className={className} rel={rel}>
    {children}
  </Link>
);

/** A link to a council's page, named. */
export const councilLink = (council: { code: string; name: string }) => (
  <Link className="govuk-link" to={`/councils/${council.code}`}>
    {council.name}
  </Link>
);
