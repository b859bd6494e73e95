import { useOnePassErrors } from '@lgx/web/ui';

import {
  EXPERIENCE_DATE_IDS,
  EXPERIENCE_FIELD_IDS as IDS,
  type ReadExperience,
} from '../model/experience-form-values';

const DATE_IDS = Object.values(EXPERIENCE_DATE_IDS);

/**
 * The experience form's errors, every one at once: the form finds every
 * problem the API would without its database, so it is sent only without
 * any, and the API's answer (a supplier no longer in the directory) is shown
 * as it comes.
 */
export function useExperienceFormErrors() {
  const onePass = useOnePassErrors(IDS, DATE_IDS);
  /** Shows the form's problems, or clears them and sends the input. */
  const check = (read: ReadExperience, send: (input: ReadExperience['input']) => void) => {
    if (read.problems.length > 0) return onePass.show(read.problems, read.dateParts);
    onePass.clear();
    send(read.input);
  };
  return { errors: onePass.errors, dateParts: onePass.dateParts, check, answer: onePass.answer };
}
