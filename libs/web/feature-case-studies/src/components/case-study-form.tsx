import { FormShell } from '@lgx/web/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { CASE_STUDY_FIELD_IDS as IDS } from '../model/case-study-fields';
import type { CaseStudyFormErrors } from '../model/case-study-form-errors';
import {
  type CaseStudyFormDefaults,
  formReader,
  type ReadCaseStudy,
  readCaseStudyForm,
} from '../model/case-study-form-values';
import { CaseStudyContactFieldset, type OfficerDetails } from './case-study-contact-fieldset';
import { CaseStudyCostsFieldset } from './case-study-costs-fieldset';
import { CaseStudyCouncilsFieldset } from './case-study-councils-fieldset';
import { CaseStudyDatesFieldset } from './case-study-dates-fieldset';
import { CaseStudyLicenceFieldset } from './case-study-licence-fieldset';
import { CaseStudyOverviewFieldset } from './case-study-overview-fieldset';
import { CaseStudyResultsFieldset } from './case-study-results-fieldset';
import { CaseStudyStoryFieldset } from './case-study-story-fieldset';
import { CaseStudyTagsFieldset } from './case-study-tags-fieldset';

interface CaseStudyFormProps {
  defaults: CaseStudyFormDefaults;
  errors: CaseStudyFormErrors;
  busy: boolean;
  submitLabel: string;
  busyLabel: string;
  cancelTo: string;
  leadCouncil: { code: string; name: string };
  /** The signed-in officer, whose details are offered for the contact. */
  officer?: OfficerDetails;
  /** Called with the form read; the page checks its problems and sends it. */
  onSubmit: (read: ReadCaseStudy) => void;
  children?: ReactNode;
}

/**
 * One long form with the LGA's case study template: what happened, the
 * numbers, tags, dates, councils, contact, licence and source.
 */
export function CaseStudyForm({
  defaults,
  errors,
  busy,
  submitLabel,
  busyLabel,
  cancelTo,
  leadCouncil,
  officer,
  onSubmit,
  children,
}: CaseStudyFormProps) {
  const parts = { defaults, error: (field: keyof typeof IDS) => errors.byField[IDS[field]] };
  return (
    <FormShell
      errors={errors.summary}
      intro={children}
      onSubmit={(form) => onSubmit(readCaseStudyForm(formReader(form)))}
      busy={busy}
      submitLabel={submitLabel}
      busyLabel={busyLabel}
      secondary={
        <Link className="govuk-link" to={cancelTo}>
          Cancel
        </Link>
      }
      className="lgx-case-study-form"
    >
      <CaseStudyOverviewFieldset {...parts} />
      <CaseStudyStoryFieldset {...parts} />
      <CaseStudyCostsFieldset {...parts} />
      <CaseStudyResultsFieldset {...parts} />
      <CaseStudyTagsFieldset {...parts} />
      <CaseStudyDatesFieldset {...parts} dateParts={errors.dateParts} />
      <CaseStudyCouncilsFieldset {...parts} leadCouncil={leadCouncil} />
      <CaseStudyContactFieldset {...parts} officer={officer} />
      <CaseStudyLicenceFieldset {...parts} />
    </FormShell>
  );
}
