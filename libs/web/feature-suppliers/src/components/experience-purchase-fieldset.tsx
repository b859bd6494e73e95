import { Autocomplete, CpvAutocomplete, TextInput } from '@lgx/web/ui';
import type { ReactNode } from 'react';

import { EXPERIENCE_FIELD_IDS as IDS } from '../model/experience-form-values';
import { searchSuppliers } from '../model/supplier-options';
import type { ExperienceFieldsetProps } from './experience-fieldset-props';

/** Who supplied what: the supplier (found as you type), the product and its category. */
export function ExperiencePurchaseFieldset({
  experience,
  error,
  supplier,
  category,
  addSupplier,
}: ExperienceFieldsetProps & {
  /** The supplier chosen already, if any. */
  supplier: { value: string; label: string } | null;
  /** The category's code to begin with (the experience's, or a kept draft's). */
  category?: string;
  /** The link to add a supplier not in the directory. */
  addSupplier: ReactNode;
}) {
  return (
    <>
      <h2 className="govuk-heading-m">What you bought</h2>
      <Autocomplete
        id={IDS['supplierId']!}
        name="supplierId"
        label="Supplier"
        search={searchSuppliers}
        defaultOption={supplier}
        error={error('supplierId')}
        noResults="No suppliers match"
        hint={<>Start typing its name and choose it from the list. Not listed? {addSupplier}</>}
      />
      <TextInput
        id="product"
        label="Product or service"
        defaultValue={experience?.product}
        error={error('product')}
      />
      <CpvAutocomplete
        id="cpvCode"
        name="cpvCode"
        label="Category"
        defaultCode={category ?? experience?.category.code}
        error={error('cpvCode')}
      />
    </>
  );
}
