import { autocompleteText } from '@lgx/web/ui';
import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { addSupplierPath, type ExperienceFormName } from '../model/add-supplier-return';

/**
 * "Add the supplier": keeps what was typed in the experience form (`save`),
 * and takes the supplier's name typed so far to the new supplier's form.
 */
export function AddSupplierLink({
  form,
  save,
}: {
  form: ExperienceFormName;
  save: (element: HTMLFormElement) => void;
}) {
  const navigate = useNavigate();
  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    const element = event.currentTarget.closest('form');
    if (!element) return;
    event.preventDefault();
    save(element);
    void navigate(addSupplierPath(form, autocompleteText(element, 'supplierId')));
  };
  return (
    <Link className="govuk-link" to={addSupplierPath(form, '')} onClick={go}>
      Add the supplier
    </Link>
  );
}
