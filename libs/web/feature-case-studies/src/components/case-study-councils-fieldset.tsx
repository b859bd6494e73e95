import { TextInput } from '@lgx/web/ui';
import { Link } from 'react-router';

import { CASE_STUDY_FIELD_IDS as IDS } from '../model/case-study-fields';
import type { CaseStudyFieldsetProps } from './case-study-fieldset-props';

/** The lead council and the co-authors asked to confirm. */
export function CaseStudyCouncilsFieldset({
  defaults,
  error,
  leadCouncilName,
}: CaseStudyFieldsetProps & { leadCouncilName: string }) {
  return (
    <>
      <h2 className="govuk-heading-l">Councils</h2>
      <p className="govuk-body">{leadCouncilName} leads this case study.</p>
      <TextInput
        id={IDS.coAuthorCouncilCodes}
        label="Co-author councils"
        labelClassName="govuk-label--s"
        hint={
          <>
            Other councils that did this with you. We will ask each council you add to confirm: it
            is shown as a co-author, and its editors can change the case study, only once one of
            them accepts. Type their register codes separated by commas, like NGM, LCE. Find codes
            in the{' '}
            <Link className="govuk-link" to="/councils" target="_blank" rel="noopener">
              register of councils (opens in new tab)
            </Link>
            .
          </>
        }
        spellCheck={false}
        autoCapitalize="characters"
        defaultValue={defaults.coAuthorCouncilCodes}
        error={error('coAuthorCouncilCodes')}
      />
    </>
  );
}
