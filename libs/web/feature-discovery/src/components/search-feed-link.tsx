/**
 * "Follow this search as a feed": a visible link, and the page's
 * `<link rel="alternate">` (React puts it in the document's head) that feed
 * readers and browsers look for.
 */
export function SearchFeedLink({ href }: { href: string }) {
  return (
    <>
      <link rel="alternate" type="application/atom+xml" title="This search on LGX" href={href} />
      <p className="govuk-body-s">
        <a className="govuk-link" href={href}>
          Follow this search as a feed
        </a>{' '}
        (Atom: paste the link into a feed reader to hear of new public records it finds)
      </p>
    </>
  );
}
