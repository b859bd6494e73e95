import {
  MergeSuppliersDocument,
  queryKey,
  QueryKeys,
  type SupplierPageQuery,
  SuppliersDocument,
  UpdateSupplierDocument,
  useGraphQLMutation,
  useGraphQLQuery,
  useInvalidateQueries,
} from '@lgx/web/data-access';
import {
  Button,
  Details,
  ErrorSummary,
  type FormErrors,
  NO_FORM_ERRORS,
  NotificationBanner,
  problemsFromError,
  Select,
  Textarea,
  TextInput,
  toFormErrors,
} from '@lgx/web/ui';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';

import { CPV_OPTIONS } from './new-supplier-page';

type Supplier = SupplierPageQuery['supplier'];

const FIELD_IDS = {
  name: 'correct-name',
  companyNumber: 'correct-companyNumber',
  website: 'correct-website',
  productsAndServices: 'correct-productsAndServices',
  cpvCodes: 'correct-cpvCodes',
};

/** For moderators: correct the supplier's details, or merge a duplicate into it. */
export function ModeratorTools({ supplier }: { supplier: Supplier }) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateQueries();
  const [done, setDone] = useState<string | undefined>();
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [mergeProblem, setMergeProblem] = useState<string | undefined>();
  const others = useGraphQLQuery(SuppliersDocument, { query: null, first: 100, after: null });
  const refresh = async (message: string) => {
    queryClient.removeQueries({ queryKey: queryKey(QueryKeys.Suppliers) });
    await invalidate([QueryKeys.SupplierPage]);
    setDone(message);
  };
  const update = useGraphQLMutation(UpdateSupplierDocument, {
    onSuccess: () => refresh('The supplier’s details have been corrected.'),
  });
  const merge = useGraphQLMutation(MergeSuppliersDocument, {
    onSuccess: () => refresh('Merged: every experience of the duplicate is now on this supplier.'),
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
  const onMerge = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const duplicateId = String(new FormData(event.currentTarget).get('duplicateId') ?? '');
    if (!duplicateId) return setMergeProblem('Choose the duplicate to merge into this supplier');
    setMergeProblem(undefined);
    merge.mutate(
      { duplicateId, intoId: supplier.id },
      { onError: (error) => setMergeProblem(error.message) },
    );
  };
  return (
    <section aria-labelledby="moderator-tools">
      <h2 className="govuk-heading-l" id="moderator-tools">
        Moderator tools
      </h2>
      {done && <NotificationBanner success heading={done} />}
      <Details summary="Correct this supplier">
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
      </Details>
      <Details summary="Merge a duplicate into this supplier">
        <form onSubmit={onMerge} noValidate>
          <ErrorSummary
            errors={mergeProblem ? [{ fieldId: 'duplicateId', message: mergeProblem }] : []}
          />
          <Select
            id="duplicateId"
            name="duplicateId"
            label="The duplicate"
            hint="Its experiences move here, and its page leads here."
            options={[
              { value: '', label: 'Choose a supplier' },
              ...(others.data?.suppliers.edges ?? [])
                .filter(({ node }) => node.id !== supplier.id)
                .map(({ node }) => ({ value: node.id, label: node.name })),
            ]}
            error={mergeProblem}
          />
          <Button variant="warning" busy={merge.isPending}>
            Merge into {supplier.name}
          </Button>
        </form>
      </Details>
    </section>
  );
}
