import { Autocomplete, Select, TextInput } from '@lgx/web/ui';
import { Link } from 'react-router';

import { CPV_OPTIONS } from '../model/cpv-options';
import { EXPERIENCE_FIELD_IDS as IDS } from '../model/experience-form-values';
import { searchSuppliers } from '../model/supplier-options';
import type { ExperienceFieldsetProps } from './experience-fieldset-props';

/** Who supplied what: the supplier (found as you type), the product and its category. */
export function ExperiencePurchaseFieldset({
  experience,
  error,
  supplier,
}: ExperienceFieldsetProps & {
  /** The supplier chosen already, if any. */
  supplier: { value: string; label: string } | null;
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
        hint={
          <>
            Start typing its name and choose it from the list. Not listed?{' '}
            <Link className="govuk-link" to="/suppliers/new?then=experience">
              Add the supplier
            </Link>
          </>
        }
      />
      <TextInput
        id="product"
        label="Product or service"
        defaultValue={experience?.product}
        error={error('product')}
      />
      <Select
        id="cpvCode"
        name="cpvCode"
        label="Category"
        hint="From the Common Procurement Vocabulary (CPV)"
        options={CPV_OPTIONS}
        defaultValue={experience?.category.code ?? ''}
        error={error('cpvCode')}
      />
    </>
  );
}
