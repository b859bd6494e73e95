import {
  DeclineAccessRequestDocument,
  QueryKeys,
  useGraphQLMutation,
  useInvalidateQueries,
} from '@lgx/web/data-access';
import { Textarea, usePageTitle } from '@lgx/web/ui';
import { useNavigate, useParams } from 'react-router';

import { FormPage } from '../components/form-page';
import { useFormErrors } from '../hooks/use-form-errors';
import { formValues } from '../model/form-values';
import { required } from '../model/required';

const FIELDS = { reason: 'reason' };

/** Declines a request, with the reason the people who asked are sent; `back` is the list. */
export function DeclineAccessRequestPage({ back }: { back: { to: string; label: string } }) {
  const { id = '' } = useParams();
  const form = useFormErrors(FIELDS);
  const navigate = useNavigate();
  const invalidate = useInvalidateQueries();
  const decline = useGraphQLMutation(DeclineAccessRequestDocument, {
    onSuccess: async () => {
      await invalidate([QueryKeys.AccessRequests]);
      navigate(back.to, { state: { flash: 'The request was declined, and the reason sent' } });
    },
  });
  usePageTitle('Decline the request', form.errors.hasErrors);

  const onSubmit = (sent: HTMLFormElement) => {
    const reason = formValues(sent)('reason').trim();
    if (!form.validate(required([[reason, 'reason', 'Enter the reason, so the person knows why']])))
      return;
    decline.mutate({ id, reason }, { onError: form.fail });
  };

  return (
    <FormPage
      back={back}
      cancelTo={back.to}
      title="Decline the request"
      errors={form.errors.summary}
      onSubmit={onSubmit}
      busy={decline.isPending}
      submitLabel="Decline request"
      submitVariant="warning"
      busyLabel="Declining the request"
    >
      <Textarea
        id="reason"
        label="Why are you declining it?"
        hint="The people who asked are sent this. For example: our domain is derby.gov.uk."
        maxLength={500}
        error={form.errors.byField['reason']}
      />
    </FormPage>
  );
}
