import type { CaseStudyCheckInDetailsFragment } from '@lgx/web/data-access';
import { Button, ErrorSummary, PrefixedInput, Select, Textarea, TextInput } from '@lgx/web/ui';

import { ACTUALS_FIELD_IDS as IDS, useRecordActuals } from '../hooks/use-record-actuals';
import { formatDate } from '../model/dates';

/** The id of the box for each field the API may name. */
const FIELD_IDS = new Map<string, string>(Object.entries(IDS));

const MONEY: [keyof typeof IDS, string][] = [
  ['investmentToDate', 'Investment to date'],
  ['runningCostPerYear', 'Running cost per year'],
  ['cashableSavingsPerYear', 'Cashable savings per year'],
];

/**
 * For the case study's editors: the measured figures of a check-in that has
 * fallen due (or a correction of one recorded), in pounds as typed.
 */
export function ActualsForm({
  caseStudyId,
  checkIns,
}: {
  caseStudyId: string;
  checkIns: CaseStudyCheckInDetailsFragment[];
}) {
  const { submit, status, busy, error, problem } = useRecordActuals(caseStudyId);
  const open = checkIns.filter((checkIn) => checkIn.status !== 'NOT_DUE');
  if (open.length === 0) return null;
  const first = open.find((checkIn) => checkIn.status !== 'RECORDED') ?? open[0]!;
  return (
    <form className="lgx-actuals-form" noValidate onSubmit={submit}>
      <h3 className="govuk-heading-s">Record actuals</h3>
      {error && (
        <ErrorSummary
          errors={
            error.fields.length > 0
              ? error.fields.map((field) => ({
                  message: field.message,
                  fieldId: FIELD_IDS.get(field.field),
                }))
              : [{ message: error.message }]
          }
        />
      )}
      <Select
        id={IDS.checkIn}
        name={IDS.checkIn}
        label="Check-in"
        defaultValue={String(first.months)}
        error={problem('checkIn')}
        options={open.map((checkIn) => ({
          value: String(checkIn.months),
          label: `${checkIn.months} months (due ${formatDate(checkIn.dueOn) ?? checkIn.dueOn})`,
        }))}
      />
      <TextInput
        id={IDS.reportedAt}
        label="When were the figures measured?"
        hint="As YYYY-MM-DD, for example 2025-04-01. Leave blank for today."
        className="govuk-input--width-10"
        error={problem('reportedAt')}
      />
      {MONEY.map(([field, label]) => (
        <PrefixedInput
          key={field}
          id={IDS[field]}
          label={`${label}, in pounds`}
          prefix="£"
          widthClassName="govuk-input--width-10"
          error={problem(field) ?? (field === 'investmentToDate' ? problem('figures') : undefined)}
        />
      ))}
      <Textarea id={IDS.note} label="Note (optional)" rows={3} error={problem('note')} />
      <Button busy={busy}>Save actuals</Button>
      <p className="govuk-body" role="status">
        {status}
      </p>
    </form>
  );
}
