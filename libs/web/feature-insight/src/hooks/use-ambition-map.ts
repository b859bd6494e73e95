import {
  AmbitionEvidenceOptionsDocument,
  AmbitionMapDocument,
  AmbitionMapHistoryDocument,
  type AmbitionObjectiveInput,
  PublishAmbitionMapDocument,
  SaveAmbitionObjectiveDocument,
  StaleAfter,
  UnpublishAmbitionMapDocument,
  useGraphQLMutation,
  useGraphQLQuery,
  useInvalidateQueries,
} from '@lgx/web/data-access';

/** A council's map as the viewer may see it (null when it is private to another council). */
export function useAmbitionMap(councilCode: string) {
  return useGraphQLQuery(AmbitionMapDocument, { councilCode });
}

/** What the council's editors may give as evidence: only asked for when they may edit. */
export function useAmbitionEvidenceOptions(councilCode: string, enabled: boolean) {
  return useGraphQLQuery(AmbitionEvidenceOptionsDocument, { councilCode }, { enabled });
}

/** The map's latest changes, for the council's officers. */
export function useAmbitionHistory(councilCode: string, enabled: boolean) {
  return useGraphQLQuery(AmbitionMapHistoryDocument, { councilCode, first: 20 }, { enabled });
}

/** Saving one objective of the map. */
export function useSaveAmbitionObjective() {
  const invalidate = useInvalidateQueries();
  const save = useGraphQLMutation(SaveAmbitionObjectiveDocument, {
    onSuccess: () => invalidate(StaleAfter.ambitionMapChange),
  });
  return {
    save: (input: AmbitionObjectiveInput) => save.mutateAsync({ input }),
    saving: save.isPending,
  };
}

/** Publishing the map, or making it private again (the council's admins). */
export function usePublishAmbitionMap(councilCode: string) {
  const invalidate = useInvalidateQueries();
  const options = { onSuccess: () => invalidate(StaleAfter.ambitionMapChange) };
  const publish = useGraphQLMutation(PublishAmbitionMapDocument, options);
  const unpublish = useGraphQLMutation(UnpublishAmbitionMapDocument, options);
  return {
    publish: () => publish.mutate({ councilCode }),
    unpublish: () => unpublish.mutate({ councilCode }),
    busy: publish.isPending || unpublish.isPending,
    error: publish.error?.message ?? unpublish.error?.message ?? null,
  };
}
