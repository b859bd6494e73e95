import { Select, Textarea, TextInput } from '@lgx/web/ui';

import { CPV_OPTIONS } from '../model/cpv-options';

/** A new supplier's details: only the name is needed. */
export function SupplierFieldset({
  errors,
}: {
  /** Error messages by input id. */
  errors: Record<string, string | undefined>;
}) {
  return (
    <>
      <TextInput id="name" label="Name" error={errors['name']} autoComplete="organization" />
      <TextInput
        id="companyNumber"
        label="Companies House number (optional)"
        hint="8 characters, like 01234567 or SC123456"
        className="govuk-input--width-10"
        error={errors['companyNumber']}
      />
      <TextInput
        id="website"
        label="Website (optional)"
        type="url"
        spellCheck={false}
        error={errors['website']}
      />
      <Textarea
        id="productsAndServices"
        label="Products or services (optional)"
        rows={3}
        error={errors['productsAndServices']}
      />
      <Select
        id="cpvCodes"
        name="cpvCodes"
        label="Main category (optional)"
        hint="From the Common Procurement Vocabulary (CPV)"
        options={CPV_OPTIONS}
        error={errors['cpvCodes']}
      />
    </>
  );
}
