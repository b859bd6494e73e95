import { MultiAutocomplete } from '@lgx/web/ui';

import { CASE_STUDY_FIELD_IDS as IDS } from '../model/case-study-fields';
import { searchCouncils } from '../model/council-options';
import type { CaseStudyFieldsetProps } from './case-study-fieldset-props';

/** The lead council and the co-authors asked to confirm, chosen by name. */
export function CaseStudyCouncilsFieldset({
  defaults,
  error,
  leadCouncil,
}: CaseStudyFieldsetProps & { leadCouncil: { code: string; name: string } }) {
  return (
    <>
      <h2 className="govuk-heading-l">Councils</h2>
      <p className="govuk-body">{leadCouncil.name} leads this case study.</p>
      <MultiAutocomplete
        id={IDS.coAuthorCouncilCodes}
        name={IDS.coAuthorCouncilCodes}
        label="Co-author councils (optional)"
        labelClassName="govuk-label--s"
        hint="Other councils that did this with you. Start typing a council’s name and choose it from the list; add as many as you need. We will ask each council you add to confirm: it is shown as a co-author, and its editors can change the case study, only once one of them accepts."
        chosenLabel="Co-author councils you have added"
        search={searchCouncils}
        defaultOptions={defaults.coAuthorCouncils}
        exclude={[leadCouncil.code]}
        noResults="No council has that name"
        error={error('coAuthorCouncilCodes')}
      />
    </>
  );
}
