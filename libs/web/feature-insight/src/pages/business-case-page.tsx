import { type BusinessCaseQuery, useViewer } from '@lgx/web/data-access';
import { Breadcrumbs, Loading, usePageTitle } from '@lgx/web/ui';
import { routerLink } from '@lgx/web/util';
import { Link, useSearchParams } from 'react-router';

import { BusinessCaseFailure } from '../components/business-case-failure';
import { BusinessCaseForVisitors } from '../components/business-case-for-visitors';
import { BusinessCaseLeftOut, BusinessCasePeers } from '../components/business-case-peers';
import { BusinessCaseReadings } from '../components/business-case-readings';
import { BusinessCaseSpread } from '../components/business-case-spread';
import { useBusinessCase } from '../hooks/use-business-case';
import {
  type BusinessCaseVariables,
  businessCaseVariables,
  caseStudyPath,
  documentHref,
  hasStart,
} from '../model/business-case-request';

const TITLE = 'Our business case';

function Downloads({ variables }: { variables: BusinessCaseVariables }) {
  return (
    <div className="govuk-button-group">
      <a className="govuk-button" href={documentHref(variables, 'docx')} download>
        Download as Word (.docx)
      </a>
      <a
        className="govuk-button govuk-button--secondary"
        href={documentHref(variables, 'md')}
        download
      >
        Download as Markdown
      </a>
    </div>
  );
}

function EconomicCase({ found }: { found: BusinessCaseQuery['businessCase'] }) {
  if (found.peers.length === 0) {
    return (
      <p className="govuk-body">
        No comparable published case study states an investment, a cashable saving and how long the
        saving lasts, so the economic case cannot be pre-filled. The document still gives you the
        Five Case Model&apos;s headings and prompts.
      </p>
    );
  }
  const bias = found.optimismBias;
  return (
    <>
      <p className="govuk-body" role="status">
        {found.scalingNote}
      </p>
      <p className="govuk-body">
        Worked out by{' '}
        <Link className="govuk-link" to="/appraisal-method">
          LGX&apos;s appraisal method
        </Link>{' '}
        (HM Treasury Green Book, 3.5% real discount rate)
        {bias ? `, with an optimism bias uplift of ${bias.upliftPercent}% (${bias.label}).` : '.'}
      </p>
      <BusinessCasePeers peers={found.peers} />
      <BusinessCaseSpread spread={found.spread} />
      <BusinessCaseReadings readings={found.readings} />
    </>
  );
}

function Found({
  found,
  variables,
}: {
  found: BusinessCaseQuery['businessCase'];
  variables: BusinessCaseVariables;
}) {
  return (
    <>
      <h1 className="govuk-heading-l">{found.title}</h1>
      {found.startedFrom ? (
        <p className="govuk-body">
          Started from{' '}
          <Link className="govuk-link" to={caseStudyPath(found.startedFrom.caseStudyId)}>
            {found.startedFrom.title}
          </Link>{' '}
          and the published case studies that share its objectives and technologies.
        </p>
      ) : null}
      <p className="govuk-body">
        The economic case, pre-filled from comparable published case studies. Every figure names the
        case study it comes from. Download it to write the rest of the Five Case Model: strategic,
        commercial, financial and management cases, with prompts from what peers wrote.
      </p>
      <div className="govuk-inset-text" data-testid="figures-note">
        {found.figuresNote}
      </div>
      <Downloads variables={variables} />
      <h2 className="govuk-heading-m">Economic case</h2>
      <EconomicCase found={found} />
      <BusinessCaseLeftOut leftOut={found.leftOut} />
    </>
  );
}

/**
 * "Our business case" (issue 18, decision 0065): from a case study or a
 * sector map cell, the economic case pre-filled from peers, scaled to the
 * officer's council, with the spread, to download and edit.
 */
export function BusinessCasePage() {
  const [params] = useSearchParams();
  const variables = businessCaseVariables(params);
  const viewer = useViewer();
  const signedIn = Boolean(viewer.data?.viewer.account);
  const { data, error, isPending } = useBusinessCase(variables, signedIn && hasStart(variables));
  usePageTitle(data?.businessCase.title ?? TITLE, Boolean(error));
  if (viewer.data && !signedIn) return <BusinessCaseForVisitors />;
  const breadcrumbs = (
    <Breadcrumbs
      renderLink={routerLink}
      items={[
        { label: 'Home', href: '/' },
        { label: 'Sector map', href: '/sector-map' },
      ]}
    />
  );
  if (!hasStart(variables)) {
    return (
      <>
        {breadcrumbs}
        <h1 className="govuk-heading-l">{TITLE}</h1>
        <p className="govuk-body">
          Start a business case from a published case study (&ldquo;Start our business case&rdquo;
          on its page) or from a cell of the{' '}
          <Link className="govuk-link" to="/sector-map">
            sector map
          </Link>
          .
        </p>
      </>
    );
  }
  return (
    <>
      {breadcrumbs}
      {error ? (
        <BusinessCaseFailure error={error} />
      ) : viewer.isPending || isPending || !data ? (
        <Loading label="Preparing the business case" />
      ) : (
        <Found found={data.businessCase} variables={variables} />
      )}
    </>
  );
}
