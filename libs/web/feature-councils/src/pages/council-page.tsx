import {
  CouncilDocument,
  type CouncilQuery,
  useFollow,
  useGraphQLQuery,
} from '@lgx/web/data-access';
import {
  Breadcrumbs,
  ErrorSummary,
  FollowButton,
  Loading,
  SummaryList,
  usePageTitle,
} from '@lgx/web/ui';
import { councilLink, routerLink } from '@lgx/web/util';
import { useParams } from 'react-router';

import { CouncilAmbitionLink } from '../components/council-ambition-link';
import { CouncilCaseStudies } from '../components/council-case-studies';
import { CouncilComponents } from '../components/council-components';
import { CouncilContracts } from '../components/council-contracts';
import { CouncilFeedLink } from '../components/council-feed-link';
import { CouncilGroupsForYou } from '../components/council-groups-for-you';
import { CouncilInvitations } from '../components/council-invitations';
import { CouncilNotFound } from '../components/council-not-found';
import { councilRows } from '../components/council-rows';
import { CouncilSupplierExperiences } from '../components/council-supplier-experiences';

/** One council from the register. */
export function CouncilPage() {
  const { code = '' } = useParams();
  const { data, error, isPending } = useGraphQLQuery(CouncilDocument, { code });
  const council = data?.council;
  const follow = useFollow({ kind: 'COUNCIL', targetId: code });
  usePageTitle(council?.name ?? (isPending ? 'Council' : 'Council not found'), Boolean(error));

  const breadcrumbs = (
    <Breadcrumbs
      renderLink={routerLink}
      items={[
        { label: 'Home', href: '/' },
        { label: 'Councils', href: '/councils' },
      ]}
    />
  );
  let content;
  if (error) content = <ErrorSummary errors={[{ message: error.message }]} />;
  else if (isPending) content = <Loading label="Loading council" />;
  else if (!council) content = <CouncilNotFound code={code} />;
  else content = <CouncilDetails council={council} follow={follow} />;
  return (
    <>
      {breadcrumbs}
      {content}
    </>
  );
}

/** What the page shows of a council it found. */
function CouncilDetails({
  council,
  follow,
}: {
  council: NonNullable<CouncilQuery['council']>;
  follow: ReturnType<typeof useFollow>;
}) {
  return (
    <>
      <span className="govuk-caption-l">{council.typeName}</span>
      <h1 className="govuk-heading-xl">{council.name}</h1>
      <FollowButton name={council.officialName} {...follow} />
      <CouncilFeedLink council={council} />
      <SummaryList rows={councilRows(council)} />
      {council.memberCouncils.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Councils within {council.name}</h2>
          <ul className="govuk-list govuk-list--bullet">
            {council.memberCouncils.map((member) => (
              <li key={member.code}>
                {councilLink(member)}{' '}
                <span className="govuk-hint govuk-!-display-inline">({member.typeName})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {council.govUkSlug && council.isCurrent && (
        <p className="govuk-body">
          <a
            className="govuk-link"
            href={`https://www.gov.uk/find-local-council/${council.govUkSlug}`}
            rel="noreferrer"
          >
            {council.name} on GOV.UK
          </a>
        </p>
      )}
      {council.isCurrent && <CouncilAmbitionLink council={council} />}
      {council.isCurrent && <CouncilInvitations council={council} />}
      <CouncilContracts council={council} />
      <CouncilCaseStudies council={council} />
      <CouncilSupplierExperiences council={council} />
      <CouncilComponents council={council} />
      {council.isCurrent && <CouncilGroupsForYou council={council} />}
    </>
  );
}
