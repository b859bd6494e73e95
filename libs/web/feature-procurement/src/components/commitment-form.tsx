import type { ProcurementGroupQuery } from '@lgx/web/data-access';
import { Button, type FormErrors, TextInput } from '@lgx/web/ui';
import type { FormEvent } from 'react';

type Member = ProcurementGroupQuery['procurementGroup']['members'][number];

/** What a council commits: how many of what, its value, and when it could start. */
export interface CommitmentValues {
  volume: number;
  volumeUnit: string;
  estimatedValue: string;
  earliestStart: string;
  latestStart: string;
}

/** The commitment as typed; a volume that is not a whole number is sent as 0 for the API to refuse. */
export function commitmentFromForm(form: FormData): CommitmentValues {
  const text = (name: string) => String(form.get(name) ?? '');
  const volume = Number.parseInt(text('volume'), 10);
  return {
    volume: Number.isNaN(volume) ? 0 : volume,
    volumeUnit: text('volumeUnit'),
    estimatedValue: text('estimatedValue'),
    earliestStart: text('earliestStart'),
    latestStart: text('latestStart'),
  };
}

interface CommitmentFormProps {
  /** The council's membership, whose last commitment fills the fields. */
  own: Member | undefined;
  committed: boolean;
  errors: FormErrors;
  busy: boolean;
  onCommit: (commitment: CommitmentValues) => void;
}

/** "Commit your council": a form folded in details, open while it has errors. */
export function CommitmentForm({ own, committed, errors, busy, onCommit }: CommitmentFormProps) {
  const e = errors.byField;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onCommit(commitmentFromForm(new FormData(event.currentTarget)));
  };
  return (
    <details className="govuk-details" open={errors.hasErrors || undefined}>
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
          <TextInput
            id="earliest-start"
            name="earliestStart"
            type="date"
            label="Earliest start"
            className="govuk-input--width-10"
            defaultValue={own?.earliestStart ?? ''}
            error={e['earliest-start']}
          />
          <TextInput
            id="latest-start"
            name="latestStart"
            type="date"
            label="Latest start"
            className="govuk-input--width-10"
            defaultValue={own?.latestStart ?? ''}
            error={e['latest-start']}
          />
          <Button busy={busy}>Commit</Button>
        </form>
      </div>
    </details>
  );
}
