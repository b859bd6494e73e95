import type { ComponentQuery } from '@lgx/web/data-access';
import {
  AskAdoptersDocument,
  StaleAfter,
  useGraphQLMutation,
  useInvalidateQueries,
} from '@lgx/web/data-access';
import { Button, ErrorSummary, NotificationBanner, Textarea } from '@lgx/web/ui';
import { type FormEvent, useState } from 'react';

type Component = NonNullable<ComponentQuery['component']>;

/** "Ask the adopters": a question emailed to officers of adopting councils who offered to answer. */
export function AskTheAdopters({ component }: { component: Component }) {
  const [problem, setProblem] = useState<string>();
  const [sent, setSent] = useState<number>();
  const invalidate = useInvalidateQueries();
  const ask = useGraphQLMutation(AskAdoptersDocument, {
    onSuccess: ({ askAdopters }) => {
      setProblem(undefined);
      setSent(askAdopters);
      // It is kept with the component's questions, for officers (decision 0047).
      return invalidate(StaleAfter.questionChange);
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const question = String(new FormData(form).get('adopters-question') ?? '').trim();
    setSent(undefined);
    if (question.length < 10) {
      setProblem('Write your question in 10 to 2,000 characters');
      return;
    }
    ask.mutate(
      { componentId: component.id, question },
      {
        onSuccess: () => form.reset(),
        onError: (error) => setProblem(error.message),
      },
    );
  };
  const people =
    component.adopterContacts === 1 ? '1 officer' : `${component.adopterContacts} officers`;
  return (
    <div className="lgx-no-print">
      <h3 className="govuk-heading-m" id="ask-the-adopters">
        Ask the adopters
      </h3>
      {sent !== undefined && (
        <NotificationBanner
          success
          heading={`Your question has been sent to ${sent === 1 ? '1 officer' : `${sent} officers`}`}
        >
          <p className="govuk-body">
            They will answer you by email, or below with the component’s questions, where officers
            can read it.
          </p>
        </NotificationBanner>
      )}
      {problem && <ErrorSummary errors={[{ fieldId: 'adopters-question', message: problem }]} />}
      <form noValidate onSubmit={submit} aria-labelledby="ask-the-adopters">
        <Textarea
          id="adopters-question"
          name="adopters-question"
          label="Your question"
          hint={`It goes by email to ${people} at councils using it who offered to answer, with your name, council and email address so they can reply.`}
          rows={4}
          error={problem}
        />
        <Button busy={ask.isPending} variant="secondary">
          Send the question
        </Button>
      </form>
    </div>
  );
}
