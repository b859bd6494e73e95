import type { CaseStudyField } from '../writing/case-study-fields';
import type { CaseStudyFormDefaults } from '../writing/case-study-form-values';

/** What every part of the case study form is given. */
export interface CaseStudyFieldsetProps {
  defaults: CaseStudyFormDefaults;
  /** The error message for a field, if it has one. */
  error: (field: CaseStudyField) => string | undefined;
}
