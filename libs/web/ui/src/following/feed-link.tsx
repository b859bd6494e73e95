import type { ReactNode } from 'react';

interface FeedLinkProps {
  /** The feed's address, e.g. /feeds/councils/DER.atom. */
  href: string;
  /** What the feed is of, for feed readers and browsers: "Derby on LGX". */
  title: string;
  /** The visible link's words. */
  children: ReactNode;
  /** What the feed holds, after the link. */
  hint: ReactNode;
}

/**
 * An Atom feed: a visible link, and the page's `<link rel="alternate">` (React
 * puts it in the document's head) that feed readers and browsers look for.
 */
export function FeedLink({ href, title, children, hint }: FeedLinkProps) {
  return (
    <>
      <link rel="alternate" type="application/atom+xml" title={title} href={href} />
      <p className="govuk-body-s">
        <a className="govuk-link" href={href}>
          {children}
        </a>{' '}
        {hint}
      </p>
    </>
  );
}
