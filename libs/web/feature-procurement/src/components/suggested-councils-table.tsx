import type { ProcurementGroupSuggestedCouncilsQuery } from '@lgx/web/data-access';
import { Button, Table } from '@lgx/web/ui';
import { Link } from 'react-router';

import { day } from '../model/day';
import { MEMBER_STATUS_LABELS } from './members-table';

type Suggestions = ProcurementGroupSuggestedCouncilsQuery['suggestedCouncilsForGroup'];

interface SuggestedCouncilsTableProps {
  result: Suggestions;
  inviting: boolean;
  onInvite: (councilCode: string) => void;
}

/** The councils whose contracts end in the window, each with its contracts and an Invite button. */
export function SuggestedCouncilsTable({
  result,
  inviting,
  onInvite,
}: SuggestedCouncilsTableProps) {
  if (result.suggestions.length === 0)
    return (
      <p className="govuk-body">
        No other council has a contract in this category ending between {day(result.endsFrom)} and{' '}
        {day(result.endsTo)} that you can see.
      </p>
    );
  return (
    <Table
      caption={`Contracts ending between ${day(result.endsFrom)} and ${day(result.endsTo)}`}
      columns={[{ label: 'Council' }, { label: 'Contracts ending' }, { label: 'Invitation' }]}
      rows={result.suggestions.map(({ council, contracts, status }) => ({
        key: council.code,
        cells: [
          <Link className="govuk-link" to={`/councils/${council.code}`}>
            {council.name}
          </Link>,
          <ul className="govuk-list govuk-body-s govuk-!-margin-bottom-0">
            {contracts.map((contract) => (
              <li
                key={`${contract.ocid ?? contract.supplierName}-${contract.endsOn}-${contract.category.code}`}
              >
                {contract.ocid ? (
                  <Link
                    className="govuk-link"
                    to={`/contracts/${encodeURIComponent(contract.ocid)}`}
                  >
                    {contract.title ?? contract.category.label}
                  </Link>
                ) : (
                  contract.category.label
                )}{' '}
                from {contract.supplierName ?? 'supplier not published'}, ends{' '}
                {day(contract.endsOn)}
              </li>
            ))}
          </ul>,
          status === 'INVITED' || status === 'REQUESTED' ? (
            MEMBER_STATUS_LABELS[status]
          ) : (
            <Button
              type="button"
              variant="secondary"
              className="govuk-!-margin-bottom-0"
              busy={inviting}
              onClick={() => onInvite(council.code)}
            >
              Invite<span className="govuk-visually-hidden"> {council.name}</span>
            </Button>
          ),
        ],
      }))}
    />
  );
}
