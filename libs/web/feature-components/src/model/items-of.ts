import type { CheckboxItem } from '@lgx/web/ui';

/** A taxonomy's labels as radio or checkbox items. */
export const itemsOf = (labels: Record<string, string>): CheckboxItem[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
