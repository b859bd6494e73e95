import { usePageTitle } from '@lgx/web/ui';
import { signInPath, useHere } from '@lgx/web/util';
import { Link, useParams } from 'react-router';

import { SupplierContracts } from './supplier-contracts';

/** A supplier's page for a visitor: the directory is for officers, its public contracts for everyone. */
export function SupplierForVisitors() {
  const { id = '' } = useParams();
  const here = useHere();
  usePageTitle('Public contracts of a supplier');
  return (
    <>
      <span className="govuk-caption-l">Supplier</span>
      <h1 className="govuk-heading-xl">Public contracts of this supplier</h1>
      <p className="govuk-body">
        The supplier directory, and what councils say about their suppliers, are for verified
        council officers:{' '}
        <Link className="govuk-link" to={signInPath(here)}>
          sign in
        </Link>{' '}
        with your council email address to read them.
      </p>
      <SupplierContracts supplierId={id} />
    </>
  );
}
