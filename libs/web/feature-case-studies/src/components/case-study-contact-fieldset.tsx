import { TextInput } from '@lgx/web/ui';
import { useState } from 'react';

import { CASE_STUDY_FIELD_IDS as IDS } from '../model/case-study-fields';
import type { CaseStudyFieldsetProps } from './case-study-fieldset-props';

/** The signed-in officer's own details, offered for the contact. */
export interface OfficerDetails {
  name: string;
  email: string;
}

/** Fills the empty contact fields with the officer's details, leaving typed ones alone. */
function useMyDetails(officer: OfficerDetails) {
  const [news, setNews] = useState('');
  const fill = () => {
    const filled = (
      [
        [IDS.contactName, officer.name],
        [IDS.contactEmail, officer.email],
      ] as const
    ).filter(([id, value]) => {
      const input = document.getElementById(id) as HTMLInputElement | null;
      if (!input || input.value.trim() || !value) return false;
      input.value = value;
      return true;
    });
    setNews(
      filled.length > 0
        ? 'Your details have been filled in'
        : 'Both fields are filled in already: clear one to use your details in it',
    );
  };
  return { news, fill };
}

/** The officer other councils can ask: the signed-in officer's details are offered. */
export function CaseStudyContactFieldset({
  defaults,
  error,
  officer,
}: CaseStudyFieldsetProps & { officer?: OfficerDetails }) {
  return (
    <>
      <h2 className="govuk-heading-l">Contact officer</h2>
      <p className="govuk-body">
        Who other councils can ask about it. Only signed-in council officers see this.
      </p>
      <TextInput
        id={IDS.contactName}
        label="Name"
        autoComplete="name"
        spellCheck={false}
        defaultValue={defaults.contactName}
        error={error('contactName')}
      />
      <TextInput
        id={IDS.contactEmail}
        label="Email address"
        type="email"
        autoComplete="email"
        spellCheck={false}
        autoCapitalize="none"
        defaultValue={defaults.contactEmail}
        error={error('contactEmail')}
      />
      {officer && <UseMyDetails officer={officer} />}
    </>
  );
}

function UseMyDetails({ officer }: { officer: OfficerDetails }) {
  const { news, fill } = useMyDetails(officer);
  return (
    <div className="govuk-form-group">
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1"
        data-module="govuk-button"
        onClick={fill}
        aria-describedby="use-my-details-hint"
      >
        Use my details
      </button>
      <p className="govuk-hint" id="use-my-details-hint">
        Fills in an empty name or email address with yours ({officer.name}, {officer.email}).
      </p>
      <p className="govuk-body govuk-!-margin-bottom-0" aria-live="polite">
        {news}
      </p>
    </div>
  );
}
