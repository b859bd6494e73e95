import { completeWebAddress } from '@lgx/shared/domain';
import type { SupplierInput } from '@lgx/web/data-access';
import type { FormProblem } from '@lgx/web/ui';

/** A supplier form's input ids, by the API's field names, in the order of the page. */
export type SupplierFieldIds = Record<
  'name' | 'companyNumber' | 'website' | 'productsAndServices' | 'cpvCodes',
  string
>;

/** The new supplier form's input ids. */
export const SUPPLIER_FIELD_IDS: SupplierFieldIds = {
  name: 'name',
  companyNumber: 'companyNumber',
  website: 'website',
  productsAndServices: 'productsAndServices',
  cpvCodes: 'cpvCodes',
};

/**
 * A supplier form as the API's input. It is always sent, as the API names
 * every problem at once; the form itself finds only a category typed but not
 * chosen (`typedCategory` is the text in its box), which goes as typed for
 * the API to refuse too. A web address without https:// gets it. `keptCodes`
 * are categories the supplier has already.
 */
export function readSupplierForm(
  form: FormData,
  ids: SupplierFieldIds,
  typedCategory = '',
  keptCodes: readonly string[] = [],
): { input: SupplierInput; problems: FormProblem[] } {
  const text = (field: keyof SupplierFieldIds) => String(form.get(ids[field]) ?? '').trim();
  const problems: FormProblem[] = [];
  const chosen = text('cpvCodes') || typedCategory;
  if (!text('cpvCodes') && typedCategory)
    problems.push({
      field: 'cpvCodes',
      message: 'Choose a category from the list, or clear the box to add none',
    });
  return {
    input: {
      name: text('name'),
      companyNumber: text('companyNumber') || null,
      website: completeWebAddress(text('website')) || null,
      productsAndServices: text('productsAndServices') || null,
      cpvCodes: [...new Set([...keptCodes, ...(chosen ? [chosen] : [])])],
    },
    problems,
  };
}
