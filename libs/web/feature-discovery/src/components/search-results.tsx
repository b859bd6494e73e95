import { adoptionPhrase } from '@lgx/shared/domain';
import type { SearchQuery } from '@lgx/web/data-access';
import { HeadlineFigures, HighlightedText, SearchResult } from '@lgx/web/ui';
import { Link } from 'react-router';

import { formatPublished, resultPath } from '../model/result-path';
import { contentTypeLabel, type SearchCatalogue, tagColourOf } from '../model/search-catalogue';
import { ContractHitDetails } from './contract-hit-details';

type Hit = SearchQuery['search']['edges'][number]['node'];

/** What a result of some types shows below its summary. */
function detailsOf(hit: Hit) {
  if (hit.type === 'CASE_STUDY')
    return <HeadlineFigures figures={{ ...hit, notWorkedOut: hit.figuresNotWorkedOut }} />;
  if (hit.type === 'CONTRACT') return <ContractHitDetails hit={hit} />;
  return undefined;
}

function ResultItem({ hit, catalogue }: { hit: Hit; catalogue: SearchCatalogue }) {
  const path = resultPath(hit.url);
  const title = <HighlightedText segments={hit.titleHighlight} fallback={hit.title} />;
  const published = formatPublished(hit.publishedAt);
  const meta = [
    // A council's own name is its title already.
    hit.councilName && hit.type !== 'COUNCIL' ? hit.councilName : null,
    published ? `Published ${published}` : null,
    hit.adoptionCount !== null && hit.adoptionCount !== undefined
      ? adoptionPhrase(hit.adoptionCount)
      : null,
    hit.possiblyStale ? 'Possibly stale: not updated by its maintainers for 12 months' : null,
  ].filter((item): item is string => item !== null);
  return (
    <SearchResult
      title={
        path ? (
          <Link className="govuk-link" to={path}>
            {title}
          </Link>
        ) : (
          title
        )
      }
      tag={contentTypeLabel(catalogue, hit.type)}
      tagColour={tagColourOf(hit.type)}
      meta={meta}
      summary={<HighlightedText segments={hit.summaryHighlight} />}
      details={detailsOf(hit)}
    />
  );
}

/** A page of search results, best first: title and summary with matches marked. */
export function SearchResultList({ hits, catalogue }: { hits: Hit[]; catalogue: SearchCatalogue }) {
  return (
    <ol className="lgx-search-results">
      {hits.map((hit) => (
        <ResultItem key={`${hit.type}:${hit.id}`} hit={hit} catalogue={catalogue} />
      ))}
    </ol>
  );
}

/** What to try when nothing matches. */
export function NoResults({ clearHref }: { clearHref: string | null }) {
  return (
    <>
      <p className="govuk-body">There are no matching results.</p>
      <p className="govuk-body">Things to try:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>Check your spelling</li>
        <li>Try fewer words, or other words for the same thing</li>
        <li>
          {clearHref ? (
            <>
              Remove a filter, or{' '}
              <Link className="govuk-link" to={clearHref}>
                clear all filters
              </Link>
            </>
          ) : (
            'Remove a filter'
          )}
        </li>
      </ul>
    </>
  );
}
