import {
  CreateSupplierDocument,
  queryKey,
  QueryKeys,
  useGraphQLMutation,
} from '@lgx/web/data-access';
import { autocompleteText, FormShell, useOnePassErrors, usePageTitle } from '@lgx/web/ui';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { OfficerGate } from '../components/officer-gate';
import { SupplierFieldset } from '../components/supplier-fieldset';
import { afterAddingSupplier } from '../model/add-supplier-return';
import { readSupplierForm, SUPPLIER_FIELD_IDS as IDS } from '../model/supplier-form-values';

/** Add a supplier to the directory. */
export function NewSupplierPage() {
  return <OfficerGate>{() => <NewSupplierForm />}</OfficerGate>;
}

function NewSupplierForm() {
  const { errors, sending, answer } = useOnePassErrors(IDS);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  usePageTitle('Add a supplier', errors.hasErrors);
  const queryClient = useQueryClient();
  const create = useGraphQLMutation(CreateSupplierDocument, {
    onSuccess: ({ createSupplier }) => {
      // Lists loaded before do not have it: load them afresh.
      queryClient.removeQueries({ queryKey: queryKey(QueryKeys.Suppliers) });
      return navigate(afterAddingSupplier(params.get('then'), createSupplier.id));
    },
  });
  // Sent whatever it holds: the API names every problem at once.
  const onSubmit = (element: HTMLFormElement) => {
    const typed = autocompleteText(element, IDS.cpvCodes);
    const { input, problems } = readSupplierForm(new FormData(element), IDS, typed);
    sending(problems);
    create.mutate({ input }, { onError: answer });
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
          <SupplierFieldset
            ids={IDS}
            errors={errors.byField}
            defaults={{ name: params.get('name') ?? '' }}
          />
        </FormShell>
      </div>
    </div>
  );
}
