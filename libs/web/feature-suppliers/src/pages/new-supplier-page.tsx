import {
  CreateSupplierDocument,
  queryKey,
  QueryKeys,
  useGraphQLMutation,
} from '@lgx/web/data-access';
import {
  type FormErrors,
  FormShell,
  NO_FORM_ERRORS,
  problemsFromError,
  toFormErrors,
  usePageTitle,
} from '@lgx/web/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { OfficerGate } from '../components/officer-gate';
import { SupplierFieldset } from '../components/supplier-fieldset';

const FIELD_IDS = {
  name: 'name',
  companyNumber: 'companyNumber',
  website: 'website',
  productsAndServices: 'productsAndServices',
  cpvCodes: 'cpvCodes',
};

/** Add a supplier to the directory. */
export function NewSupplierPage() {
  return <OfficerGate>{() => <NewSupplierForm />}</OfficerGate>;
}

function NewSupplierForm() {
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  usePageTitle('Add a supplier', errors.hasErrors);
  const queryClient = useQueryClient();
  const create = useGraphQLMutation(CreateSupplierDocument, {
    onSuccess: ({ createSupplier }) => {
      // Lists loaded before do not have it: load them afresh.
      queryClient.removeQueries({ queryKey: queryKey(QueryKeys.Suppliers) });
      return navigate(
        params.get('then') === 'experience'
          ? `/supplier-experiences/new?supplier=${createSupplier.id}`
          : `/suppliers/${createSupplier.id}`,
      );
    },
  });
  const onSubmit = (element: HTMLFormElement) => {
    const form = new FormData(element);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const cpv = text('cpvCodes');
    if (!text('name')) {
      setErrors(toFormErrors([{ field: 'name', message: 'Enter the supplier’s name' }], FIELD_IDS));
      return;
    }
    setErrors(NO_FORM_ERRORS);
    create.mutate(
      {
        input: {
          name: text('name'),
          companyNumber: text('companyNumber') || null,
          website: text('website') || null,
          productsAndServices: text('productsAndServices') || null,
          cpvCodes: cpv ? [cpv] : [],
        },
      },
      { onError: (error) => setErrors(toFormErrors(problemsFromError(error), FIELD_IDS)) },
    );
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormShell
          errors={errors.summary}
          intro={
            <>
              <h1 className="govuk-heading-xl">Add a supplier</h1>
              <p className="govuk-body">
                Check the{' '}
                <Link className="govuk-link" to="/suppliers">
                  directory
                </Link>{' '}
                first: moderators merge duplicates.
              </p>
            </>
          }
          onSubmit={onSubmit}
          busy={create.isPending}
          submitLabel="Add supplier"
        >
          <SupplierFieldset errors={errors.byField} />
        </FormShell>
      </div>
    </div>
  );
}
