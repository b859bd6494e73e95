import { CPV_CODES } from '@lgx/shared/domain';
import {
  CreateSupplierDocument,
  queryKey,
  QueryKeys,
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
  usePageTitle,
} from '@lgx/web/ui';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { OfficerGate } from '../common/officer-gate';

const FIELD_IDS = {
  name: 'name',
  companyNumber: 'companyNumber',
  website: 'website',
  productsAndServices: 'productsAndServices',
  cpvCodes: 'cpvCodes',
};

export const CPV_OPTIONS = [
  { value: '', label: 'Choose a category' },
  ...CPV_CODES.map((entry) => ({ value: entry.code, label: `${entry.code} ${entry.label}` })),
];

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
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
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
        <ErrorSummary errors={errors.summary} />
        <h1 className="govuk-heading-xl">Add a supplier</h1>
        <p className="govuk-body">
          Check the{' '}
          <Link className="govuk-link" to="/suppliers">
            directory
          </Link>{' '}
          first: moderators merge duplicates.
        </p>
        <form onSubmit={onSubmit} noValidate>
          <TextInput
            id="name"
            label="Name"
            error={errors.byField['name']}
            autoComplete="organization"
          />
          <TextInput
            id="companyNumber"
            label="Companies House number (optional)"
            hint="8 characters, like 01234567 or SC123456"
            className="govuk-input--width-10"
            error={errors.byField['companyNumber']}
          />
          <TextInput
            id="website"
            label="Website (optional)"
            type="url"
            spellCheck={false}
            error={errors.byField['website']}
          />
          <Textarea
            id="productsAndServices"
            label="Products or services (optional)"
            rows={3}
            error={errors.byField['productsAndServices']}
          />
          <Select
            id="cpvCodes"
            name="cpvCodes"
            label="Main category (optional)"
            hint="From the Common Procurement Vocabulary (CPV)"
            options={CPV_OPTIONS}
            error={errors.byField['cpvCodes']}
          />
          <Button busy={create.isPending}>Add supplier</Button>
        </form>
      </div>
    </div>
  );
}
