import type { CouncilRenewalRadarQuery } from '@lgx/web/data-access';
import { Tag } from '@lgx/web/ui';
import { Link } from 'react-router';

import { formatDay } from '../model/labels';
import { RadarContractSummary } from './radar-contract-summary';

type Radar = CouncilRenewalRadarQuery['renewalRadar'];

/** The groups the radar found, each with the council's contracts that match it. */
export function RadarSuggestions({ radar, own }: { radar: Radar; own: boolean }) {
  return (
    <>
      <p className="govuk-body" aria-live="polite">
        Contracts ending from {formatDay(radar.endsFrom)} to {formatDay(radar.endsTo)}:{' '}
        {radar.suggestions.length === 1
          ? '1 group'
          : `${radar.suggestions.length === 0 ? 'no' : radar.suggestions.length} groups`}
        .
      </p>
      {radar.suggestions.length === 0 ? (
        <p className="govuk-body">
          No open procurement group matches {own ? 'your' : 'these'} contracts yet.{' '}
          <Link className="govuk-link" to="/procurement-groups">
            Browse procurement groups
          </Link>{' '}
          or{' '}
          <Link className="govuk-link" to="/procurement-groups/new">
            start one
          </Link>
          .
        </p>
      ) : (
        <ul className="govuk-list">
          {radar.suggestions.map((suggestion) => (
            <Suggestion key={suggestion.group.id} suggestion={suggestion} />
          ))}
        </ul>
      )}
    </>
  );
}

function Suggestion({ suggestion }: { suggestion: Radar['suggestions'][number] }) {
  const { group, contracts, councilStatus } = suggestion;
  return (
    <li className="govuk-!-margin-bottom-6">
      <Link className="govuk-link govuk-!-font-weight-bold" to={`/procurement-groups/${group.id}`}>
        {group.title}
      </Link>{' '}
      {councilStatus === 'INVITED' && <Tag colour="green">Invited</Tag>}
      {councilStatus === 'REQUESTED' && <Tag colour="grey">Asked to join</Tag>}
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        Led by {group.leadCouncil.name}; {group.stageLabel.toLowerCase()}
        {group.interestClosesOn && `; interest closes ${formatDay(group.interestClosesOn)}`}.
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-1">Matching contracts:</p>
      <ul className="govuk-list govuk-list--bullet govuk-body-s">
        {contracts.map((contract) => (
          <li
            key={`${contract.ocid ?? contract.supplierName}-${contract.endsOn}-${contract.category.code}`}
          >
            <RadarContractSummary contract={contract} />
          </li>
        ))}
      </ul>
    </li>
  );
}
