import { CpvAutocomplete, Textarea, TextInput } from '@lgx/web/ui';

import type { SupplierFieldIds } from '../model/supplier-form-values';

/** What the fields start with: a supplier being corrected, or a name typed elsewhere. */
export interface SupplierDefaults {
  name?: string;
  companyNumber?: string | null;
  website?: string | null;
  productsAndServices?: string;
}

/** A supplier's details, for adding one (only the name is needed) or correcting one. */
export function SupplierFieldset({
  ids,
  errors,
  defaults = {},
  categoryLabel = 'Main category (optional)',
  optional = ' (optional)',
}: {
  ids: SupplierFieldIds;
  /** Error messages by input id. */
  errors: Readonly<Record<string, string | undefined>>;
  defaults?: SupplierDefaults;
  categoryLabel?: string;
  /** What marks an optional field's label. */
  optional?: string;
}) {
  return (
    <>
      <TextInput
        id={ids.name}
        label="Name"
        defaultValue={defaults.name}
        error={errors[ids.name]}
        autoComplete="organization"
      />
      <TextInput
        id={ids.companyNumber}
        label={`Companies House number${optional}`}
        hint="8 characters, like 01234567 or SC123456"
        className="govuk-input--width-10"
        defaultValue={defaults.companyNumber ?? ''}
        error={errors[ids.companyNumber]}
      />
      <TextInput
        id={ids.website}
        label={`Website${optional}`}
        hint="For example, www.example.co.uk"
        inputMode="url"
        spellCheck={false}
        defaultValue={defaults.website ?? ''}
        error={errors[ids.website]}
      />
      <Textarea
        id={ids.productsAndServices}
        label={`Products or services${optional}`}
        rows={3}
        defaultValue={defaults.productsAndServices}
        error={errors[ids.productsAndServices]}
      />
      <CpvAutocomplete
        id={ids.cpvCodes}
        name={ids.cpvCodes}
        label={categoryLabel}
        error={errors[ids.cpvCodes]}
      />
    </>
  );
}
