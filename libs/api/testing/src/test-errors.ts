/** What the helpers below read of a GraphQL response. */
interface WithErrors {
  errors?: { extensions?: Record<string, unknown> }[];
}

/** The `extensions.code` of the first error (NOT_FOUND, BAD_USER_INPUT...), if any. */
export const errorCodeOf = (response: WithErrors) => response.errors?.[0]?.extensions?.['code'];

/** The fields the first error names as having problems (`extensions.fields[].field`). */
export const problemFieldsOf = (response: WithErrors) =>
  ((response.errors?.[0]?.extensions?.['fields'] as { field: string }[] | undefined) ?? []).map(
    (problem) => problem.field,
  );
