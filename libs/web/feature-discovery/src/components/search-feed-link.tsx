import { FeedLink } from '@lgx/web/ui';

/** "Follow this search as a feed", visibly and for feed readers. */
export function SearchFeedLink({ href }: { href: string }) {
  return (
    <FeedLink
      href={href}
      title="This search on LGX"
      hint="(Atom: paste the link into a feed reader to hear of new public records it finds)"
    >
      Follow this search as a feed
    </FeedLink>
  );
}
