import type { CouncilRenewalRadarQuery } from '@lgx/web/data-access';
import { Tag } from '@lgx/web/ui';
import { Link } from 'react-router';

import { peerReason, SOURCE_LABELS } from '../model/radar-contract';
import { ProcurementActGuidance } from './procurement-act-guidance';
import { RadarContractSummary } from './radar-contract-summary';

type Ending = CouncilRenewalRadarQuery['renewalRadar']['endings'][number];

/** The council's contracts ending in the window, each with peers, matching groups and Act timing. */
export function RadarEndings({ endings, own }: { endings: Ending[]; own: boolean }) {
  if (endings.length === 0)
    return (
      <p className="govuk-body">
        No {own ? 'contract of yours' : 'contract of this council'} that you can see ends in this
        window.
      </p>
    );
  return (
    <ul className="govuk-list" aria-label="Contracts ending">
      {endings.map((ending) => (
        <EndingItem
          key={`${ending.contract.source}-${ending.contract.ocid ?? ''}-${ending.contract.endsOn}-${ending.contract.supplierName ?? ''}`}
          ending={ending}
        />
      ))}
    </ul>
  );
}

function EndingItem({ ending }: { ending: Ending }) {
  const { contract, peers, groups } = ending;
  return (
    <li className="govuk-!-margin-bottom-6">
      <p className="govuk-body govuk-!-margin-bottom-1">
        <Tag colour="grey">{SOURCE_LABELS[contract.source]}</Tag>{' '}
        <RadarContractSummary contract={contract} />
      </p>
      {peers.length > 0 ? (
        <>
          <p className="govuk-body-s govuk-!-margin-bottom-1">
            Other councils with contracts ending within a year:
          </p>
          <ul className="govuk-list govuk-list--bullet govuk-body-s">
            {peers.map((peer) => (
              <li key={`${peer.council.code}-${peer.contract.ocid ?? peer.contract.endsOn}`}>
                <Link className="govuk-link" to={`/councils/${peer.council.code}`}>
                  {peer.council.name}
                </Link>
                : <RadarContractSummary contract={peer.contract} /> ({peerReason(peer)})
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="govuk-body-s govuk-!-margin-bottom-1">
          No other council has a contract in this category or with this supplier ending within a
          year.
        </p>
      )}
      {groups.length > 0 && (
        <p className="govuk-body-s govuk-!-margin-bottom-1">
          Groups to join:{' '}
          {groups.map((group, index) => (
            <span key={group.id}>
              {index > 0 && ', '}
              <Link className="govuk-link" to={`/procurement-groups/${group.id}`}>
                {group.title}
              </Link>
            </span>
          ))}
        </p>
      )}
      <ProcurementActGuidance contract={contract} />
    </li>
  );
}
