import { adoptionPhrase } from '@lgx/shared/domain';
import type { FrontDoorHitFragment } from '@lgx/web/data-access';
import { Link } from 'react-router';

interface FrontDoorListProps {
  id: string;
  heading: string;
  hits: readonly FrontDoorHitFragment[];
  /** Said when there is nothing to list yet. */
  empty: string;
  /** What follows each title: who published it, how many use it. */
  describe: (hit: FrontDoorHitFragment) => string;
  more: { href: string; label: string };
}

/** A short list of records on the home page, with a link to all of them. */
export function FrontDoorList({ id, heading, hits, empty, describe, more }: FrontDoorListProps) {
  return (
    <section aria-labelledby={id}>
      <h2 className="govuk-heading-m" id={id}>
        {heading}
      </h2>
      {hits.length === 0 ? (
        <p className="govuk-body">{empty}</p>
      ) : (
        <ul className="govuk-list">
          {hits.map((hit) => (
            <li key={hit.id} className="govuk-!-margin-bottom-4">
              <Link className="govuk-link govuk-!-font-weight-bold" to={hit.url}>
                {hit.title}
              </Link>
              <p className="govuk-body-s govuk-!-margin-bottom-0">{describe(hit)}</p>
            </li>
          ))}
        </ul>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={more.href}>
          {more.label}
        </Link>
      </p>
    </section>
  );
}

const published = (hit: FrontDoorHitFragment) =>
  hit.publishedAt
    ? new Date(String(hit.publishedAt)).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      })
    : null;

/** "Derby, published 3 March 2026." */
export function describeCaseStudy(hit: FrontDoorHitFragment): string {
  const date = published(hit);
  return [hit.councilName, date && `published ${date}`].filter(Boolean).join(', ') + '.';
}

/** "Maintained by Derby. Used or being evaluated by 2 councils." */
export function describeComponent(hit: FrontDoorHitFragment): string {
  const by = hit.councilName ? `Maintained by ${hit.councilName}. ` : '';
  return `${by}${adoptionPhrase(hit.adoptionCount ?? 0)}.`;
}
