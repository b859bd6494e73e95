import {
  type ExperienceDetailsFragment,
  SupplierNameDocument,
  useGraphQLQuery,
} from '@lgx/web/data-access';

/**
 * The supplier the form starts with: one chosen on its page or just added
 * (loaded by id), else the experience's own. `loading` while that supplier's
 * name is on its way.
 */
export function usePreselectedSupplier(
  experience: ExperienceDetailsFragment | undefined,
  supplierId: string | undefined,
): { loading: boolean; supplier: { value: string; label: string } | null } {
  const chosen = useGraphQLQuery(
    SupplierNameDocument,
    { id: supplierId ?? '' },
    { enabled: Boolean(supplierId) },
  );
  const own = experience ? { value: experience.supplierId, label: experience.supplierName } : null;
  if (!supplierId) return { loading: false, supplier: own };
  const loading = chosen.isPending && !chosen.error;
  const picked = chosen.data?.supplier;
  return { loading, supplier: picked ? { value: picked.id, label: picked.name } : own };
}
