import type { ProcurementGroupInput } from '@lgx/web/data-access';
import { autocompleteText, useOnePassErrors } from '@lgx/web/ui';

import { GROUP_FIELD_IDS, readGroupForm } from '../model/group-form-values';

const DATE_IDS = [GROUP_FIELD_IDS.desiredStart, GROUP_FIELD_IDS.interestClosesOn];
const WORDING_FIELD_IDS = { title: GROUP_FIELD_IDS.title, need: GROUP_FIELD_IDS.need };

/**
 * The group form's errors, every one in one pass: `read` takes the form as
 * it is sent and holds what it found, to show with the API's answer.
 */
export function useGroupFormErrors(wordingOnly = false) {
  const onePass = useOnePassErrors(wordingOnly ? WORDING_FIELD_IDS : GROUP_FIELD_IDS, DATE_IDS);
  const read = (form: HTMLFormElement, defaults?: ProcurementGroupInput) => {
    const typed = autocompleteText(form, GROUP_FIELD_IDS.cpvCode);
    const { input, problems, dateParts } = readGroupForm(new FormData(form), defaults, typed);
    onePass.sending(problems, dateParts);
    return input;
  };
  return { errors: onePass.errors, dateParts: onePass.dateParts, read, answer: onePass.answer };
}
