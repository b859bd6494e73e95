import {
  type SupplierPageQuery,
  UpdateSupplierDocument,
  useGraphQLMutation,
} from '@lgx/web/data-access';
import {
  Button,
  ErrorSummary,
  type FormErrors,
  NO_FORM_ERRORS,
  problemsFromError,
  Select,
  Textarea,
  TextInput,
  toFormErrors,
} from '@lgx/web/ui';
import { type FormEvent, useState } from 'react';

import { CPV_OPTIONS } from '../model/cpv-options';

const FIELD_IDS = {
  name: 'correct-name',
  companyNumber: 'correct-companyNumber',
  website: 'correct-website',
  productsAndServices: 'correct-productsAndServices',
  cpvCodes: 'correct-cpvCodes',
};

/** For moderators: correct a supplier's details, or add a category. */
export function CorrectSupplierForm({
  supplier,
  onDone,
}: {
  supplier: SupplierPageQuery['supplier'];
  onDone: (message: string) => Promise<void>;
}) {
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const update = useGraphQLMutation(UpdateSupplierDocument, {
    onSuccess: () => onDone('The supplier’s details have been corrected.'),
  });
  const onCorrect = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: keyof typeof FIELD_IDS) => String(form.get(FIELD_IDS[name]) ?? '').trim();
    setErrors(NO_FORM_ERRORS);
    update.mutate(
      {
        id: supplier.id,
        input: {
          name: text('name'),
          companyNumber: text('companyNumber') || null,
          website: text('website') || null,
          productsAndServices: text('productsAndServices') || null,
          cpvCodes: [
            ...new Set([
              ...supplier.categories.map((category) => category.code),
              ...(text('cpvCodes') ? [text('cpvCodes')] : []),
            ]),
          ],
        },
      },
      { onError: (error) => setErrors(toFormErrors(problemsFromError(error), FIELD_IDS)) },
    );
  };
  return (
    <form onSubmit={onCorrect} noValidate>
      <ErrorSummary errors={errors.summary} />
      <TextInput
        id={FIELD_IDS.name}
        label="Name"
        defaultValue={supplier.name}
        error={errors.byField[FIELD_IDS.name]}
      />
      <TextInput
        id={FIELD_IDS.companyNumber}
        label="Companies House number"
        defaultValue={supplier.companyNumber ?? ''}
        className="govuk-input--width-10"
        error={errors.byField[FIELD_IDS.companyNumber]}
      />
      <TextInput
        id={FIELD_IDS.website}
        label="Website"
        type="url"
        defaultValue={supplier.website ?? ''}
        error={errors.byField[FIELD_IDS.website]}
      />
      <Textarea
        id={FIELD_IDS.productsAndServices}
        label="Products or services"
        rows={3}
        defaultValue={supplier.productsAndServices}
        error={errors.byField[FIELD_IDS.productsAndServices]}
      />
      <Select
        id={FIELD_IDS.cpvCodes}
        name={FIELD_IDS.cpvCodes}
        label="Add a category"
        options={CPV_OPTIONS}
        error={errors.byField[FIELD_IDS.cpvCodes]}
      />
      <Button variant="secondary" busy={update.isPending}>
        Save corrections
      </Button>
    </form>
  );
}
