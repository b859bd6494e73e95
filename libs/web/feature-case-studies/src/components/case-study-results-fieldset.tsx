import { EVIDENCE_LEVELS } from '@lgx/shared/domain';
import { PrefixedInput, Radios, Textarea } from '@lgx/web/ui';

import { CASE_STUDY_FIELD_IDS as IDS } from '../model/case-study-fields';
import type { CaseStudyFieldsetProps } from './case-study-fieldset-props';

/** Results other than money, and how sure the numbers are. */
export function CaseStudyResultsFieldset({ defaults, error }: CaseStudyFieldsetProps) {
  return (
    <>
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
            <h3 className="govuk-fieldset__heading">Other results</h3>
          </legend>
          <PrefixedInput
            id={IDS.hoursSavedPerYear}
            label="Staff hours saved per year"
            suffix="hours"
            widthClassName="govuk-input--width-10"
            inputMode="numeric"
            hint="A whole number, like 12000."
            defaultValue={defaults.hoursSavedPerYear}
            error={error('hoursSavedPerYear')}
          />
          <PrefixedInput
            id={IDS.residentsAffected}
            label="Residents or cases affected"
            widthClassName="govuk-input--width-10"
            inputMode="numeric"
            hint="A whole number, like 3500."
            defaultValue={defaults.residentsAffected}
            error={error('residentsAffected')}
          />
          <Textarea
            id={IDS.nonCashableBenefits}
            label="Other benefits"
            hint="Benefits that are not cash, like shorter waits or safer decisions."
            rows={3}
            defaultValue={defaults.nonCashableBenefits}
            error={error('nonCashableBenefits')}
          />
        </fieldset>
      </div>
      <Radios
        id={IDS.evidenceLevel}
        name={IDS.evidenceLevel}
        legend="How sure are these numbers?"
        hint="Readers weigh numbers by how they were found."
        error={error('evidenceLevel')}
        defaultValue={defaults.evidenceLevel}
        items={Object.entries(EVIDENCE_LEVELS).map(([value, label]) => ({ value, label }))}
      />
    </>
  );
}
