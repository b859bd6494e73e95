import { DateInput } from '@lgx/web/ui';

import { CASE_STUDY_FIELD_IDS as IDS } from '../model/case-study-fields';
import type { DatePartsInError } from '../model/case-study-form-errors';
import type { CaseStudyFieldsetProps } from './case-study-fieldset-props';

/** When it started and ended: GOV.UK date inputs, with only the boxes in error marked. */
export function CaseStudyDatesFieldset({
  defaults,
  error,
  dateParts,
}: CaseStudyFieldsetProps & { dateParts: DatePartsInError }) {
  return (
    <>
      <h2 className="govuk-heading-l">Dates</h2>
      <DateInput
        id={IDS.startDate}
        legend="When did it start?"
        hint="For example, 1 4 2024."
        defaultValue={defaults.startDate}
        error={error('startDate')}
        errorParts={dateParts.startDate}
      />
      <DateInput
        id={IDS.endDate}
        legend="When did it end?"
        hint="Leave this blank if it is still running."
        defaultValue={defaults.endDate}
        error={error('endDate')}
        errorParts={dateParts.endDate}
      />
      <DateInput
        id={IDS.liveSince}
        legend="When did it go live?"
        hint="Your council will be asked for the measured figures 6, 12 and 24 months after. Leave this blank if it is not live."
        defaultValue={defaults.liveSince}
        error={error('liveSince')}
        errorParts={dateParts.liveSince}
      />
    </>
  );
}
