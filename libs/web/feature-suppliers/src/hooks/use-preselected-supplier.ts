import {
  type ExperienceDetailsFragment,
  SupplierNameDocument,
  useGraphQLQuery,
} from '@lgx/web/data-access';

/**
 * The supplier the form starts with: the experience's own, or one chosen on
 * its page (loaded by id). `loading` while that supplier's name is on its way.
 */
export function usePreselectedSupplier(
  experience: ExperienceDetailsFragment | undefined,
  supplierId: string | undefined,
): { loading: boolean; supplier: { value: string; label: string } | null } {
  const chosen = useGraphQLQuery(
    SupplierNameDocument,
    { id: supplierId ?? '' },
    { enabled: Boolean(supplierId) && !experience },
  );
  if (experience)
    return {
      loading: false,
      supplier: { value: experience.supplierId, label: experience.supplierName },
    };
  const loading = Boolean(supplierId) && chosen.isPending && !chosen.error;
  const picked = chosen.data?.supplier;
  return { loading, supplier: picked ? { value: picked.id, label: picked.name } : null };
}
