import { useEffect } from 'react';

import { describedByIds } from './autocomplete-text';

/**
 * The autocomplete sets aria-describedby itself, leaving out the hint and
 * error message: put them back, and aria-invalid with the error, whenever it
 * changes the attribute.
 */
export function useDescribedBy(
  input: () => HTMLInputElement | null | undefined,
  id: string,
  described: { hint: boolean; error: boolean },
) {
  const { hint, error } = described;
  useEffect(() => {
    const field = input();
    if (!field) return;
    const apply = () => {
      const wanted = describedByIds(field.getAttribute('aria-describedby'), id, { hint, error });
      if (field.getAttribute('aria-describedby') !== wanted)
        field.setAttribute('aria-describedby', wanted);
      if (error) field.setAttribute('aria-invalid', 'true');
      else field.removeAttribute('aria-invalid');
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(field, { attributes: true, attributeFilter: ['aria-describedby'] });
    return () => observer.disconnect();
  });
}
