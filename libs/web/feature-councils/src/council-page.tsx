import { CouncilDocument, useGraphQLQuery } from '@lgx/web/data-access';
import {
  Breadcrumbs,
  ErrorSummary,
  Loading,
  SummaryList,
  type SummaryRow,
  usePageTitle,
} from '@lgx/web/ui';
import { councilLink, routerLink } from '@lgx/web/util';
import { Link, useParams } from 'react-router';

import { CouncilCaseStudies } from './council-case-studies';
import { CouncilComponents } from './council-components';
import { CouncilGroupsForYou } from './council-groups-for-you';
import { CouncilInvitations } from './council-invitations';
import { CouncilSupplierExperiences } from './council-supplier-experiences';
import { formatNumber, nationLabel } from './labels';

/** One council from the register. */
export function CouncilPage() {
  const { code = '' } = useParams();
  const { data, error, isPending } = useGraphQLQuery(CouncilDocument, { code });
  const council = data?.council;
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
  if (error) {
    return (
      <>
        {breadcrumbs}
        <ErrorSummary errors={[{ message: error.message }]} />
      </>
    );
  }
  if (isPending)
    return (
      <>
        {breadcrumbs}
        <Loading label="Loading council" />
      </>
    );
  if (!council) {
    return (
      <>
        {breadcrumbs}
        <h1 className="govuk-heading-l">Council not found</h1>
        <p className="govuk-body">
          There is no council with the code “{code}”.{' '}
          <Link className="govuk-link" to="/councils">
            Find a council
          </Link>
          .
        </p>
      </>
    );
  }

  const rows: SummaryRow[] = [
    { key: 'Official name', value: council.officialName },
    { key: 'Type', value: council.typeName },
    { key: 'Nation', value: nationLabel(council.nation) },
    { key: 'Region', value: council.region ?? 'Not recorded' },
    { key: 'Population (2020)', value: formatNumber(council.population) },
    {
      key: 'Area',
      value:
        council.areaKm2 === null || council.areaKm2 === undefined
          ? 'Not recorded'
          : `${formatNumber(council.areaKm2)} km²`,
    },
    { key: 'Register code', value: council.code },
    { key: 'ONS GSS code', value: council.gssCode ?? 'None' },
  ];
  if (council.county) rows.push({ key: 'County council', value: councilLink(council.county) });
  if (council.combinedAuthority)
    rows.push({ key: 'Combined authority', value: councilLink(council.combinedAuthority) });
  if (!council.isCurrent) {
    rows.push({
      key: 'Status',
      value: `Former council${council.endDate ? `, ended ${council.endDate}` : ''}`,
    });
    if (council.successors.length > 0) {
      rows.push({
        key: 'Replaced by',
        value: (
          <ul className="govuk-list">
            {council.successors.map((successor) => (
              <li key={successor.code}>{councilLink(successor)}</li>
            ))}
          </ul>
        ),
      });
    }
  }

  return (
    <>
      {breadcrumbs}
      <span className="govuk-caption-l">{council.typeName}</span>
      <h1 className="govuk-heading-xl">{council.name}</h1>
      <SummaryList rows={rows} />
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
      {council.isCurrent && <CouncilInvitations council={council} />}
      <CouncilCaseStudies council={council} />
      <CouncilSupplierExperiences council={council} />
      <CouncilComponents council={council} />
      {council.isCurrent && <CouncilGroupsForYou council={council} />}
    </>
  );
}
