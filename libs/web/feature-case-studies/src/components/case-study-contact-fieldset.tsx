import { TextInput } from '@lgx/web/ui';

import { CASE_STUDY_FIELD_IDS as IDS } from '../model/case-study-fields';
import type { CaseStudyFieldsetProps } from './case-study-fieldset-props';

/** The officer other councils can ask. */
export function CaseStudyContactFieldset({ defaults, error }: CaseStudyFieldsetProps) {
  return (
    <>
      <h2 className="govuk-heading-l">Contact officer</h2>
      <p className="govuk-body">
        Who other councils can ask about it. Only signed-in council officers see this.
      </p>
      <TextInput
        id={IDS.contactName}
        label="Name"
        autoComplete="off"
        spellCheck={false}
        defaultValue={defaults.contactName}
        error={error('contactName')}
      />
      <TextInput
        id={IDS.contactEmail}
        label="Email address"
        type="email"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="none"
        defaultValue={defaults.contactEmail}
        error={error('contactEmail')}
      />
    </>
  );
}
