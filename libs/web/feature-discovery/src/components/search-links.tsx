import type { RenderLink } from '@lgx/web/ui';
import type { MouseEvent, ReactNode } from 'react';
import { Link } from 'react-router';

/** Pages of results move within the app, keeping the focus handler of the pagination. */
export const renderPaginationLink = ({
  href,
  className,
  rel,
  onClick,
  children,
}: {
  href: string;
  className: string;
  rel: string;
  onClick?: (event: MouseEvent<HTMLAnchorElement>) => void;
  children: ReactNode;
}) => (
  <Link to={href} className={className} rel={rel} onClick={onClick}>
    {children}
  </Link>
);

export const renderLink: RenderLink = ({ href, className, children }) => (
  <Link to={href} className={className}>
    {children}
  </Link>
);
