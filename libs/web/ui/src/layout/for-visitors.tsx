import type { ReactNode } from 'react';

import { usePageTitle } from './page-title';
import type { RenderLink } from './render-link';

/**
 * What a part of LGX open only to council officers shows a visitor: what it
 * is, who may use it, and the way in (sign in and come back here, or create
 * an account), instead of a bare sign-in page.
 */
export function ForVisitors({
  title,
  lede,
  whoMayUse,
  signInHref,
  renderLink,
  children,
}: {
  title: string;
  /** One sentence: what this part of LGX is for. */
  lede: string;
  /** Who may use it, and why only they. */
  whoMayUse: ReactNode;
  /** The sign-in page, coming back here. */
  signInHref: string;
  renderLink: RenderLink;
  /** What a person finds here, as a few paragraphs or a list. */
  children: ReactNode;
}) {
  usePageTitle(title);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">{title}</h1>
        <p className="govuk-body-l">{lede}</p>
        {children}
        <h2 className="govuk-heading-m">Who can use it</h2>
        {whoMayUse}
        <div className="govuk-button-group">
          {renderLink({ href: signInHref, className: 'govuk-button', children: 'Sign in' })}
          {renderLink({
            href: '/create-account',
            className: 'govuk-link',
            children: 'Create an account',
          })}
        </div>
      </div>
    </div>
  );
}
