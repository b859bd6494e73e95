import type { ProcurementGroupQuery } from '@lgx/web/data-access';

import { day } from '../model/day';

type StageChange = ProcurementGroupQuery['procurementGroup']['stageHistory'][number];

/** Who moved the group to which stage, and when; nothing until it has moved. */
export function GroupHistory({ history }: { history: readonly StageChange[] }) {
  if (history.length === 0) return null;
  return (
    <section aria-labelledby="history-heading">
      <h2 className="govuk-heading-m" id="history-heading">
        History
      </h2>
      <ul className="govuk-list">
        {history.map((change) => (
          <li key={String(change.changedAt)}>
            {day(String(change.changedAt))}: {change.changedByName}
            {change.changedByCouncil ? ` (${change.changedByCouncil.name})` : ''} moved it to{' '}
            {change.toStage.toLowerCase().replace('_', ' ')}
            {change.note ? `: ${change.note}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
