import {
  AMBITION_BARRIERS,
  AMBITION_PLANS,
  AMBITION_POTENTIALS,
  AMBITION_READINESS,
  labelOf,
} from '@lgx/shared/domain';
import type { AmbitionMapPartsFragment } from '@lgx/web/data-access';
import { SummaryList } from '@lgx/web/ui';
import { Link } from 'react-router';

type Objective = AmbitionMapPartsFragment['objectives'][number];
type Cell = Objective['cells'][number];

const NOT_ANSWERED = 'Not answered';

function CellAnswers({ cell }: { cell: Cell }) {
  return (
    <ul className="govuk-list">
      <li>Potential: {labelOf(AMBITION_POTENTIALS, cell.potential) ?? NOT_ANSWERED}</li>
      <li>
        Plan: {labelOf(AMBITION_PLANS, cell.plan) ?? NOT_ANSWERED}
        {cell.evidence && (
          <>
            {' '}
            (
            <Link className="govuk-link" to={cell.evidence.path}>
              {cell.evidence.title}
            </Link>
            )
          </>
        )}
      </li>
      <li>
        Held back by:{' '}
        {cell.barriers.length === 0
          ? 'nothing given'
          : cell.barriers.map((key) => labelOf(AMBITION_BARRIERS, key) ?? key).join(', ')}
      </li>
      <li>Ready to deliver: {labelOf(AMBITION_READINESS, cell.readiness) ?? NOT_ANSWERED}</li>
    </ul>
  );
}

/** The map to read: each answered objective, a list per technology (no wide table on a phone). */
export function AmbitionSummary({ objectives }: { objectives: readonly Objective[] }) {
  const answered = objectives.filter((o) => o.importance !== null || o.cells.length > 0);
  if (answered.length === 0) return <p className="govuk-body">Nothing has been answered yet.</p>;
  return (
    <>
      {answered.map((objective) => (
        <section key={objective.objective} aria-labelledby={`${objective.objective}-summary`}>
          <h3 className="govuk-heading-s" id={`${objective.objective}-summary`}>
            {objective.label}
          </h3>
          <p className="govuk-body">
            Importance:{' '}
            {objective.importance === null ? NOT_ANSWERED : `${objective.importance} out of 5`}
          </p>
          {objective.cells.length > 0 && (
            <SummaryList
              rows={objective.cells.map((cell) => ({
                key: cell.technologyLabel,
                value: <CellAnswers cell={cell} />,
              }))}
            />
          )}
        </section>
      ))}
    </>
  );
}
