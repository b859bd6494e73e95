import type { ForYouRenewalsQuery } from '@lgx/web/data-access';
import { Tag } from '@lgx/web/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { useForYouRenewals } from '../hooks/use-for-you-renewals';
import {
  dayLabel,
  FOR_YOU_SHOWN,
  type ForYouContract,
  renewalDetail,
  renewalName,
  renewalPath,
} from '../model/for-you';
import { ForYouSection } from './for-you-section';

type Radar = ForYouRenewalsQuery['renewalRadar'];
type Suggestion = Radar['suggestions'][number];

/** Where the council already stands with a suggested group, when it matters to an officer. */
const STATUS_TAGS: Partial<Record<NonNullable<Suggestion['councilStatus']>, ReactNode>> = {
  INVITED: <Tag colour="green">Invited</Tag>,
  REQUESTED: <Tag colour="grey">Asked to join</Tag>,
};

interface Council {
  code: string;
  name: string;
}

/**
 * "Your council's renewals coming up" and "Groups that match": the renewal
 * radar of the viewer's council, from one query; the council page has the rest.
 */
export function CouncilRenewals({ council }: { council: Council }) {
  const { radar, loading, loadError } = useForYouRenewals(council.code);
  const failed = loadError && (
    <>
      The renewal radar cannot be shown just now. Try again in a few minutes, or see{' '}
      <Link className="govuk-link" to="/procurement-groups">
        procurement groups
      </Link>
      .
    </>
  );
  const more = (label: string) => (
    <p className="govuk-body">
      <Link className="govuk-link" to={`/councils/${council.code}`}>
        {label}
      </Link>
    </p>
  );
  return (
    <>
      <ForYouSection
        id="for-you-renewals"
        heading="Your council’s renewals coming up"
        loadingLabel="Loading your council’s contracts ending"
        loading={loading}
        failed={failed}
      >
        {radar && <Renewals radar={radar} council={council} more={more} />}
      </ForYouSection>
      <ForYouSection
        id="for-you-groups"
        heading="Groups that match"
        loadingLabel="Loading groups your council could join"
        loading={loading}
        failed={failed}
      >
        {radar && <Groups suggestions={radar.suggestions} more={more} />}
      </ForYouSection>
    </>
  );
}

interface PartProps {
  more: (label: string) => ReactNode;
}

function Renewals({ radar, council, more }: PartProps & { radar: Radar; council: Council }) {
  const window = `${dayLabel(radar.endsFrom)} and ${dayLabel(radar.endsTo)}`;
  if (radar.endings.length === 0)
    return (
      <p className="govuk-body">
        No contract of {council.name} that LGX knows of ends between {window}. Contracts come from
        public notices and your council’s supplier experiences.
      </p>
    );
  return (
    <>
      <p className="govuk-body">Ending between {window}, soonest first:</p>
      <ul className="govuk-list">
        {radar.endings.slice(0, FOR_YOU_SHOWN).map(({ contract }, index) => (
          <li key={`${contract.ocid ?? contract.supplierName}-${index}`}>
            <ContractLine contract={contract} />
          </li>
        ))}
      </ul>
      {more('All your council’s contracts ending')}
    </>
  );
}

function Groups({ suggestions, more }: PartProps & { suggestions: Suggestion[] }) {
  if (suggestions.length === 0)
    return (
      <p className="govuk-body">
        No open procurement group matches your council’s contracts ending soon.{' '}
        <Link className="govuk-link" to="/procurement-groups">
          Browse procurement groups
        </Link>{' '}
        or{' '}
        <Link className="govuk-link" to="/procurement-groups/new">
          start one
        </Link>
        .
      </p>
    );
  return (
    <>
      <ul className="govuk-list">
        {suggestions.slice(0, FOR_YOU_SHOWN).map(({ group, contracts, councilStatus }) => (
          <li key={group.id} className="govuk-!-margin-bottom-3">
            <Link className="govuk-link" to={`/procurement-groups/${group.id}`}>
              {group.title}
            </Link>
            {councilStatus && STATUS_TAGS[councilStatus] && <> {STATUS_TAGS[councilStatus]}</>}
            <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
              Led by {group.leadCouncil.name}; {group.stageLabel.toLowerCase()}
              {group.interestClosesOn && `; interest closes ${dayLabel(group.interestClosesOn)}`}.
              {contracts[0] &&
                ` Matches your contract “${renewalName(contracts[0])}”, ending ${dayLabel(contracts[0].endsOn)}.`}
            </span>
          </li>
        ))}
      </ul>
      {more('All groups for your council')}
    </>
  );
}

function ContractLine({ contract }: { contract: ForYouContract }) {
  const path = renewalPath(contract);
  const name = renewalName(contract);
  return (
    <>
      {path ? (
        <Link className="govuk-link" to={path}>
          {name}
        </Link>
      ) : (
        name
      )}
      <span className="govuk-body-s govuk-!-display-block">{renewalDetail(contract)}</span>
    </>
  );
}
