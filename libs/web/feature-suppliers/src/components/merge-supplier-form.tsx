import {
  MergeSuppliersDocument,
  SuppliersDocument,
  useGraphQLMutation,
  useGraphQLQuery,
} from '@lgx/web/data-access';
import { Button, ErrorSummary, Select } from '@lgx/web/ui';
import { type FormEvent, useState } from 'react';

/** For moderators: merge a duplicate supplier, and its experiences, into this one. */
export function MergeSupplierForm({
  supplier,
  onDone,
}: {
  supplier: { id: string; name: string };
  onDone: (message: string) => Promise<void>;
}) {
  const [mergeProblem, setMergeProblem] = useState<string | undefined>();
  const others = useGraphQLQuery(SuppliersDocument, { query: null, first: 100, after: null });
  const merge = useGraphQLMutation(MergeSuppliersDocument, {
    onSuccess: () => onDone('Merged: every experience of the duplicate is now on this supplier.'),
  });
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
  );
}
