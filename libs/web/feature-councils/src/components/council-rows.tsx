import type { CouncilQuery } from '@lgx/web/data-access';
import { type SummaryRow } from '@lgx/web/ui';
import { councilLink } from '@lgx/web/util';

import { formatNumber, nationLabel } from '../model/labels';

/** The register's facts about a council, with its county, authority and successors if any. */
export function councilRows(council: NonNullable<CouncilQuery['council']>): SummaryRow[] {
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
  return rows;
}
