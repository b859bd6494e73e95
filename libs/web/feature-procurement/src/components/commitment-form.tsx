import type { ProcurementGroupQuery } from '@lgx/web/data-access';
import {
  Button,
  DateInput,
  type DatePart,
  datePartsFromIso,
  type FormErrors,
  type FormProblem,
  TextInput,
} from '@lgx/web/ui';
import { type FormEvent, useState } from 'react';

import {
  COMMITMENT_DATE_IDS,
  type CommitmentValues,
  readCommitmentForm,
} from '../model/commitment-form-values';

type Member = ProcurementGroupQuery['procurementGroup']['members'][number];

interface CommitmentFormProps {
  /** The council's membership, whose last commitment fills the fields. */
  own: Member | undefined;
  committed: boolean;
  /** The API's answer, by input id. */
  errors: FormErrors;
  busy: boolean;
  onCommit: (commitment: CommitmentValues) => void;
}

interface Found {
  problems: FormProblem[];
  dateParts: Record<string, DatePart[]>;
}

/**
 * "Commit your council": a form folded in details, open while it has errors.
 * It is always sent, so the API's problems come at once; what the form found
 * about a date (which box is wrong) is said at the date instead of the API's words.
 */
export function CommitmentForm({ own, committed, errors, busy, onCommit }: CommitmentFormProps) {
  const [found, setFound] = useState<Found>({ problems: [], dateParts: {} });
  const e: Record<string, string | undefined> = { ...errors.byField };
  for (const [field, id] of Object.entries(COMMITMENT_DATE_IDS)) {
    const own = found.problems.find((problem) => problem.field === field);
    if (own) e[id] = own.message;
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { values, problems, dateParts } = readCommitmentForm(new FormData(event.currentTarget));
    setFound({ problems, dateParts });
    onCommit(values);
  };
  const date = (field: keyof typeof COMMITMENT_DATE_IDS, legend: string) => {
    const id = COMMITMENT_DATE_IDS[field];
    return (
      <DateInput
        id={id}
        legend={legend}
        hint="For example, 1 4 2027"
        defaultValue={datePartsFromIso(own?.[field])}
        error={e[id]}
        errorParts={found.dateParts[id]}
      />
    );
  };
  return (
    <details
      className="govuk-details"
      open={errors.hasErrors || found.problems.length > 0 || undefined}
    >
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          {committed ? 'Change your commitment' : 'Commit your council'}
        </span>
      </summary>
      <div className="govuk-details__text">
        <form onSubmit={submit} noValidate aria-label="Commitment">
          <TextInput
            id="volume"
            name="volume"
            label="Volume"
            hint="How many your council would buy"
            inputMode="numeric"
            className="govuk-input--width-5"
            defaultValue={own?.volume?.toString() ?? ''}
            error={e['volume']}
          />
          <TextInput
            id="volume-unit"
            name="volumeUnit"
            label="Of what"
            hint="For example, licences, sites or users"
            className="govuk-input--width-20"
            defaultValue={own?.volumeUnit ?? ''}
            error={e['volume-unit']}
          />
          <TextInput
            id="estimated-value"
            name="estimatedValue"
            label="Estimated value to your council, in pounds"
            inputMode="decimal"
            className="govuk-input--width-10"
            error={e['estimated-value']}
          />
          {date('earliestStart', 'Earliest start')}
          {date('latestStart', 'Latest start')}
          <Button busy={busy}>Commit</Button>
        </form>
      </div>
    </details>
  );
}
