import type { CaseStudyField } from '../model/case-study-fields';
import type { CaseStudyFormDefaults } from '../model/case-study-form-values';

/** What every part of the case study form is given. */
export interface CaseStudyFieldsetProps {
  defaults: CaseStudyFormDefaults;
  /** The error message for a field, if it has one. */
  error: (field: CaseStudyField) => string | undefined;
}
