import {
  type SupplierPageQuery,
  UpdateSupplierDocument,
  useGraphQLMutation,
} from '@lgx/web/data-access';
import { autocompleteText, Button, ErrorSummary, useOnePassErrors } from '@lgx/web/ui';
import type { FormEvent } from 'react';

import { readSupplierForm, type SupplierFieldIds } from '../model/supplier-form-values';
import { SupplierFieldset } from './supplier-fieldset';

const FIELD_IDS: SupplierFieldIds = {
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
  const { errors, sending, answer } = useOnePassErrors(FIELD_IDS);
  const update = useGraphQLMutation(UpdateSupplierDocument, {
    onSuccess: () => onDone('The supplier’s details have been corrected.'),
  });
  const onCorrect = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { input, problems } = readSupplierForm(
      new FormData(event.currentTarget),
      FIELD_IDS,
      autocompleteText(event.currentTarget, FIELD_IDS.cpvCodes),
      supplier.categories.map((category) => category.code),
    );
    sending(problems);
    update.mutate({ id: supplier.id, input }, { onError: answer });
  };
  return (
    <form onSubmit={onCorrect} noValidate>
      <ErrorSummary errors={errors.summary} />
      <SupplierFieldset
        ids={FIELD_IDS}
        errors={errors.byField}
        defaults={supplier}
        categoryLabel="Add a category"
        optional=""
      />
      <Button variant="secondary" busy={update.isPending}>
        Save corrections
      </Button>
    </form>
  );
}
