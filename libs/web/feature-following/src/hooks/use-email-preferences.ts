import {
  EmailPreferencesDocument,
  type EmailPreferencesInput,
  SetEmailPreferencesDocument,
  StaleAfter,
  useGraphQLMutation,
  useGraphQLQuery,
  useInvalidateQueries,
} from '@lgx/web/data-access';

/** The viewer's email preferences, and saving them. */
export function useEmailPreferences(signedIn: boolean) {
  const query = useGraphQLQuery(EmailPreferencesDocument, {}, { enabled: signedIn });
  const invalidate = useInvalidateQueries();
  const save = useGraphQLMutation(SetEmailPreferencesDocument, {
    onSuccess: () => invalidate(StaleAfter.emailPreferencesChange),
  });
  return {
    ...query,
    save: (input: EmailPreferencesInput) => save.mutate({ input }),
    saving: save.isPending,
    saved: save.isSuccess,
    saveError: save.error?.message ?? null,
  };
}
