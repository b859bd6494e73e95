/** Which form sent the person to add a supplier: a new experience, or one being changed (its id). */
export type ExperienceFormName = 'new' | { id: string };

const ID = /^[A-Za-z0-9-]{1,64}$/;

/** The form's name in the address and in its draft's key: "experience" or "experience:<id>". */
export function experienceFormName(form: ExperienceFormName): string {
  return form === 'new' ? 'experience' : `experience:${form.id}`;
}

/** "Add the supplier" from an experience form, with the name typed so far. */
export function addSupplierPath(form: ExperienceFormName, typedName: string): string {
  const params = new URLSearchParams({ then: experienceFormName(form) });
  if (typedName.trim()) params.set('name', typedName.trim());
  return `/suppliers/new?${params}`;
}

/**
 * Where to go once the supplier is added: back to the experience form that
 * asked (with the new supplier chosen), or else to the supplier's page. Only
 * a form LGX names is a way back, never an address from outside.
 */
export function afterAddingSupplier(then: string | null, supplierId: string): string {
  const chosen = `supplier=${encodeURIComponent(supplierId)}`;
  if (then === 'experience') return `/supplier-experiences/new?${chosen}`;
  const id = then?.startsWith('experience:') ? then.slice('experience:'.length) : '';
  if (ID.test(id)) return `/supplier-experiences/${id}/edit?${chosen}`;
  return `/suppliers/${encodeURIComponent(supplierId)}`;
}
