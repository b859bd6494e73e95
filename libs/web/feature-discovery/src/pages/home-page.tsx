import { SEARCH_MAX_QUERY_LENGTH } from '@lgx/shared/domain';
import {
  FrontDoorFiguresDocument,
  FrontDoorListsDocument,
  useGraphQLQuery,
  useViewer,
} from '@lgx/web/data-access';
import { Loading, SearchBox, usePageTitle } from '@lgx/web/ui';
import { lazy, Suspense } from 'react';
import { Link, useNavigate } from 'react-router';

import { FrontDoorFigures } from '../components/front-door-figures';
import { describeCaseStudy, describeComponent, FrontDoorList } from '../components/front-door-list';

// Only for someone signed in: a visitor never downloads it.
const ForYou = lazy(() =>
  import('../components/for-you-panel').then((panel) => ({ default: panel.ForYou })),
);

/**
 * The front door: a search box; for a council officer, what is new for them
 * ("for you"); what LGX holds (counted as for a visitor), the newest case
 * studies and the most adopted components.
 */
export function HomePage() {
  usePageTitle('Home');
  const navigate = useNavigate();
  return (
    <>
      <h1 className="govuk-heading-xl">Find out what other councils have done</h1>
      <p className="govuk-body-l">
        LGX, the LocalGov Exchange, is where UK councils share what they did, what it cost and what
        it saved; reuse each other&apos;s components; and buy together.
      </p>
      <SearchBox
        id="home-search"
        label="Search case studies, components and contracts"
        landmarkLabel="Search LGX"
        maxLength={SEARCH_MAX_QUERY_LENGTH}
        onSubmit={(query) =>
          navigate(query.trim() ? `/search?${new URLSearchParams({ q: query.trim() })}` : '/search')
        }
      />
      <ForYouIfSignedIn />
      <Figures />
      <Lists />
      <p className="govuk-body">
        Or start with the{' '}
        <Link className="govuk-link" to="/councils">
          register of councils
        </Link>
        .
      </p>
    </>
  );
}

function ForYouIfSignedIn() {
  const signedIn = Boolean(useViewer().data?.viewer.account);
  if (!signedIn) return null;
  return (
    <Suspense fallback={null}>
      <ForYou />
    </Suspense>
  );
}

function Figures() {
  const { data, error } = useGraphQLQuery(FrontDoorFiguresDocument, {});
  if (data) return <FrontDoorFigures figures={data.frontDoor.figures} />;
  if (error)
    return (
      <p className="govuk-body" role="status">
        What LGX holds cannot be counted just now. Try again in a few minutes.
      </p>
    );
  return <Loading label="Counting what LGX holds" />;
}

function Lists() {
  const { data, error } = useGraphQLQuery(FrontDoorListsDocument, {});
  if (error)
    return (
      <p className="govuk-body" role="status">
        The newest case studies and the most used components cannot be listed just now. Try again in
        a few minutes, or{' '}
        <Link className="govuk-link" to="/councils">
          browse councils
        </Link>
        .
      </p>
    );
  if (!data) return <Loading label="Loading the newest case studies" />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-one-half">
        <FrontDoorList
          id="newest-case-studies"
          heading="Newest case studies"
          hits={data.frontDoor.newestCaseStudies ?? []}
          empty="No case study has been published yet."
          describe={describeCaseStudy}
          more={{ href: '/case-studies', label: 'All case studies' }}
        />
      </div>
      <div className="govuk-grid-column-one-half">
        <FrontDoorList
          id="most-adopted-components"
          heading="Most adopted components"
          hits={data.frontDoor.mostAdoptedComponents ?? []}
          empty="No council has recorded using a component yet."
          describe={describeComponent}
          more={{ href: '/components', label: 'All components' }}
        />
      </div>
    </div>
  );
}
