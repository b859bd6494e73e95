import type {
  CaseStudyCheckInDetailsFragment,
  CaseStudyDetailsFragment,
} from '@lgx/web/data-access';
import { Table, Tag, type TagColour } from '@lgx/web/ui';

import { formatDate } from '../model/dates';
import { ActualsForm } from './actuals-form';

type Study = Pick<
  CaseStudyDetailsFragment,
  | 'id'
  | 'canEdit'
  | 'liveSince'
  | 'actualsOverdue'
  | 'checkIns'
  | 'investmentStated'
  | 'runningCostPerYear'
  | 'cashableSavingsStated'
>;
type CheckIn = CaseStudyCheckInDetailsFragment;

const STATUS: Record<CheckIn['status'], [string, TagColour]> = {
  NOT_DUE: ['Not due yet', 'grey'],
  DUE: ['Due', 'yellow'],
  OVERDUE: ['Actuals overdue', 'red'],
  RECORDED: ['Recorded', 'green'],
};
const DASH = '–';

function checkInRow(checkIn: CheckIn) {
  const [words, colour] = STATUS[checkIn.status];
  const actuals = checkIn.actuals;
  return {
    key: String(checkIn.months),
    cells: [
      `Actual at ${checkIn.months} months`,
      actuals?.investmentToDate?.formatted ?? DASH,
      actuals?.runningCostPerYear?.formatted ?? DASH,
      actuals?.cashableSavingsPerYear?.formatted ?? DASH,
      <>
        <Tag colour={colour}>{words}</Tag>{' '}
        {actuals
          ? `measured ${formatDate(actuals.reportedAt)}`
          : `due ${formatDate(checkIn.dueOn)}`}
        {actuals?.note && <p className="govuk-body-s govuk-!-margin-0">{actuals.note}</p>}
      </>,
    ],
  };
}

/**
 * Forecast and actual (decision 0060): the figures the council gave beside
 * what it measured 6, 12 and 24 months after going live, "Actuals overdue"
 * when a check-in was missed, and for its editors the form to record them.
 */
export function ForecastAndActual({ study }: { study: Study }) {
  if (!study.liveSince) return null;
  return (
    <section className="lgx-forecast-actual" id="actuals" aria-labelledby="actuals-heading">
      <h2 className="govuk-heading-m" id="actuals-heading">
        Forecast and actual {study.actualsOverdue && <Tag colour="red">Actuals overdue</Tag>}
      </h2>
      <p className="govuk-body">
        Live since {formatDate(study.liveSince)}. The council is asked for measured figures 6, 12
        and 24 months after.
      </p>
      <Table
        caption="Forecast beside the measured actuals"
        captionHidden
        columns={[
          { label: 'Figures' },
          { label: 'Investment', numeric: true },
          { label: 'Running cost per year', numeric: true },
          { label: 'Cashable savings', numeric: true },
          { label: 'Check-in' },
        ]}
        rows={[
          {
            key: 'forecast',
            cells: [
              'Forecast',
              study.investmentStated ?? DASH,
              study.runningCostPerYear?.formatted ?? DASH,
              study.cashableSavingsStated ?? DASH,
              'As stated by the council',
            ],
          },
          ...study.checkIns.map(checkInRow),
        ]}
      />
      {study.canEdit && <ActualsForm caseStudyId={study.id} checkIns={study.checkIns} />}
    </section>
  );
}
