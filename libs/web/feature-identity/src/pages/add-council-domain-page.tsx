import {
  AddCouncilDomainDocument,
  QueryKeys,
  useGraphQLMutation,
  useInvalidateQueries,
} from '@lgx/web/data-access';
import { TextInput, usePageTitle } from '@lgx/web/ui';
import { Link, useNavigate } from 'react-router';

import { FormPage } from '../components/form-page';
import { useFormErrors } from '../hooks/use-form-errors';
import { formValues } from '../model/form-values';

const FIELDS = { councilCode: 'council-code', domain: 'domain' };
const BACK = { to: '/admin/domains', label: 'Back to council email domains' };

/** A platform admin gives a council an email domain. */
export function AddCouncilDomainPage() {
  const form = useFormErrors(FIELDS);
  const navigate = useNavigate();
  const invalidate = useInvalidateQueries();
  const add = useGraphQLMutation(AddCouncilDomainDocument, {
    onSuccess: async ({ addCouncilDomain: added }) => {
      await invalidate([QueryKeys.CouncilDomains]);
      navigate('/admin/domains', {
        state: { flash: `${added.domain} now belongs to ${added.council.name}` },
      });
    },
  });
  usePageTitle('Add a council email domain', form.errors.hasErrors);

  const onSubmit = (sent: HTMLFormElement) => {
    const value = formValues(sent);
    const variables = {
      councilCode: value('council-code').trim().toUpperCase(),
      domain: value('domain').trim(),
    };
    // Sent as it is: the API checks the council and the domain and says every problem at once.
    add.mutate(variables, { onError: form.fail });
  };

  return (
    <FormPage
      back={BACK}
      cancelTo={BACK.to}
      title="Add a council email domain"
      errors={form.errors.summary}
      onSubmit={onSubmit}
      busy={add.isPending}
      submitLabel="Add domain"
      busyLabel="Adding the domain"
    >
      <TextInput
        id="council-code"
        label="Council code"
        hint={
          <>
            The council’s code in the register, like DER for Derby. Find it on the{' '}
            <Link className="govuk-link" to="/councils">
              councils page
            </Link>
            .
          </>
        }
        className="govuk-input--width-5"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        error={form.errors.byField['council-code']}
      />
      <TextInput
        id="domain"
        label="Email domain"
        hint="The part of the council’s email addresses after the @, like derby.gov.uk"
        className="govuk-input--width-20"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="none"
        error={form.errors.byField['domain']}
      />
    </FormPage>
  );
}
