import type { SectorMapCellQuery } from '@lgx/web/data-access';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

type Cell = SectorMapCellQuery['sectorMapCell'];

const REASONS: Record<string, string> = {
  LED_CASE_STUDY: 'led a published case study of this',
  PILOTING: 'piloting, on its published digital ambition map',
  LIVE: 'live, on its published digital ambition map',
};

/** A titled list, or a sentence saying it is empty. */
function Group({
  title,
  empty,
  items,
}: {
  title: string;
  empty: string;
  items: { key: string; content: ReactNode }[];
}) {
  return (
    <section aria-label={title}>
      <h2 className="govuk-heading-m">
        {title} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p className="govuk-body">{empty}</p>
      ) : (
        <ul className="govuk-list govuk-list--spaced">
          {items.map((item) => (
            <li key={item.key}>{item.content}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

type CaseStudy = Cell['caseStudies'][number];

function caseStudyFigures(study: CaseStudy): string {
  // "Measured" is decision 0075's one definition, decided by the API.
  const basis = study.measuredFigures
    ? 'Measured actual'
    : study.figuresBasis === 'ACTUAL'
      ? 'Actual, but not every figure the method needs'
      : 'Forecast';
  if (!study.netPresentValue) return `${basis}. ${study.appraisalNotWorkedOut ?? ''}`.trim();
  const payback = study.paybackYear === null ? '' : `, pays back in year ${study.paybackYear}`;
  return `${basis}: net present value ${study.netPresentValue.formatted} (central${payback}).`;
}

/** The published case studies, components and willing councils behind a cell. */
export function SectorCellLists({ cell }: { cell: Cell }) {
  return (
    <>
      <Group
        title="Case studies"
        empty="No published case study is tagged with this objective and technology yet."
        items={cell.caseStudies.map((study) => ({
          key: study.id,
          content: (
            <>
              <Link className="govuk-link" to={study.path}>
                {study.title}
              </Link>
              <br />
              Led by {study.leadCouncilName}. {caseStudyFigures(study)}
            </>
          ),
        }))}
      />
      <Group
        title="Components"
        empty="No published component with this technology is tied to these case studies or maps yet."
        items={cell.components.map((component) => ({
          key: component.id,
          content: (
            <>
              <Link className="govuk-link" to={component.path}>
                {component.name}
              </Link>
              <br />
              {component.summary}
            </>
          ),
        }))}
      />
      <Group
        title="Councils willing to share"
        empty="No council has published work or a digital ambition map showing this yet."
        items={cell.willingCouncils.map((council) => ({
          key: council.code,
          content: (
            <>
              <Link className="govuk-link" to={council.path}>
                {council.name}
              </Link>
              : {council.reasons.map((reason) => REASONS[reason] ?? reason).join('; ')}
            </>
          ),
        }))}
      />
    </>
  );
}
