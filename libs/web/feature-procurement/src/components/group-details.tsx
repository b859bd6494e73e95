import type { ProcurementGroupQuery } from '@lgx/web/data-access';
import { SummaryList } from '@lgx/web/ui';
import { Link } from 'react-router';

import { day } from '../model/day';

type Group = ProcurementGroupQuery['procurementGroup'];

/** Only sample content leaves a detail out: its public source does not state it. */
const NOT_STATED = 'Not stated in the source';

function sourceRows(group: Group) {
  if (!group.sourceUrl) return [];
  return [
    {
      key: 'Source',
      value: (
        <a
          className="govuk-link lgx-break-words"
          href={group.sourceUrl}
          rel="noopener noreferrer nofollow"
        >
          {group.sourceUrl}
        </a>
      ),
    },
  ];
}

/** The group's facts: category, lead, route, dates, values and who can join. */
export function GroupDetails({ group }: { group: Group }) {
  return (
    <SummaryList
      rows={[
        { key: 'Category', value: `${group.category.code} ${group.category.label}` },
        {
          key: 'Lead council',
          value: (
            <Link className="govuk-link" to={`/councils/${group.leadCouncil.code}`}>
              {group.leadCouncil.name}
            </Link>
          ),
        },
        {
          key: 'Route',
          value: group.routeLabel
            ? [group.routeLabel, group.frameworkName, group.frameworkLot].filter(Boolean).join(', ')
            : NOT_STATED,
        },
        {
          key: 'Desired contract start',
          value: group.desiredStart ? day(group.desiredStart) : NOT_STATED,
        },
        {
          key: 'Estimated value per council',
          value: group.estimatedValuePerCouncil?.formatted ?? 'Not given',
        },
        {
          key: 'Estimated total value',
          value: group.estimatedTotalValue?.formatted ?? 'Not given',
        },
        {
          key: 'Minimum councils',
          value: group.minimumCouncils === null ? NOT_STATED : String(group.minimumCouncils),
        },
        {
          key: 'Who can join',
          value: group.visibility === 'OPEN' ? 'Any council' : 'Invited councils only',
        },
        {
          key: 'Expressions of interest close',
          value: group.interestClosesOn ? day(group.interestClosesOn) : NOT_STATED,
        },
        ...sourceRows(group),
      ]}
    />
  );
}
