import { FeedLink } from '@lgx/web/ui';

/** The council's Atom feed: what it shares on LGX (leads, co-authors, maintains) and its contracts. */
export function CouncilFeedLink({ council }: { council: { code: string; name: string } }) {
  return (
    <FeedLink
      href={`/feeds/councils/${council.code}.atom`}
      title={`${council.name} on LGX`}
      hint={`(what ${council.name} shares on LGX and its public contracts: paste the link into a feed reader)`}
    >
      Atom feed<span className="govuk-visually-hidden"> of {council.name}</span>
    </FeedLink>
  );
}
