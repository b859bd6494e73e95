import {
  AskForCouncilDomainDocument,
  QueryKeys,
  useGraphQLMutation,
  useInvalidateQueries,
  useViewer,
} from '@lgx/web/data-access';
import { Autocomplete, Loading, usePageTitle } from '@lgx/web/ui';
import { Link, useNavigate } from 'react-router';

import { ACCOUNT_FORM, FormPage } from '../components/form-page';
import { useFormErrors } from '../hooks/use-form-errors';
import { searchCouncils } from '../model/council-options';
import { formValues } from '../model/form-values';
import { required } from '../model/required';

const FIELDS = { councilCode: 'council' };
const CODE_FIELDS = { DOMAIN_ALREADY_KNOWN: 'councilCode', NOT_A_COUNCIL_DOMAIN: 'councilCode' };

/** A person whose email domain LGX does not know asks the platform admins to add it to their council. */
export function AskForCouncilDomainPage() {
  const { data } = useViewer();
  const form = useFormErrors(FIELDS, CODE_FIELDS);
  const navigate = useNavigate();
  const invalidate = useInvalidateQueries();
  const ask = useGraphQLMutation(AskForCouncilDomainDocument, {
    onSuccess: async ({ askForCouncilDomain: asked }) => {
      await invalidate([QueryKeys.MyAccessRequests]);
      navigate('/account', {
        state: {
          flash: `You asked for ${asked.domain} to be added to ${asked.council.name}. We will email you when it is done.`,
        },
      });
    },
  });
  usePageTitle('Ask for your council’s email domain to be added', form.errors.hasErrors);
  const viewer = data?.viewer;
  if (!viewer?.account) return <Loading label="Loading your account" />;
  const domain = viewer.account.email.split('@')[1];
  if (viewer.council)
    return (
      <>
        <h1 className="govuk-heading-l">Your account is linked to {viewer.council.name}</h1>
        <p className="govuk-body">
          You are already an officer of {viewer.council.name}.{' '}
          <Link className="govuk-link" to="/account">
            Go to your account
          </Link>
        </p>
      </>
    );

  const onSubmit = (sent: HTMLFormElement) => {
    const councilCode = formValues(sent)('councilCode');
    if (
      !form.validate(required([[councilCode, 'councilCode', 'Choose your council from the list']]))
    )
      return;
    ask.mutate({ councilCode }, { onError: form.fail });
  };

  return (
    <FormPage
      {...ACCOUNT_FORM}
      title="Ask for your council’s email domain to be added"
      intro={
        <>
          <p className="govuk-body">
            LGX does not know {domain} yet. Tell us which council it belongs to and the LGX platform
            admins will check and add it. We will email you when it is done, and your account will
            become an officer of that council.
          </p>
          {!viewer.account.emailVerified && (
            <p className="govuk-body">
              First confirm your email address with the link we sent you.
            </p>
          )}
        </>
      }
      errors={form.errors.summary}
      onSubmit={onSubmit}
      busy={ask.isPending}
      submitLabel="Send request"
      busyLabel="Sending your request"
    >
      <Autocomplete
        id="council"
        name="councilCode"
        label="Your council"
        hint="Start typing its name and choose it from the list"
        search={searchCouncils}
        noResults="No current council matches"
        error={form.errors.byField['council']}
      />
    </FormPage>
  );
}
