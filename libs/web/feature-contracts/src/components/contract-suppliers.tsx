import type { ContractPageQuery } from '@lgx/web/data-access';
import { Tag } from '@lgx/web/ui';
import { Link } from 'react-router';

type Supplier = ContractPageQuery['contract']['suppliers'][number];

/** The suppliers awarded, as published, each linked to its supplier directory entry. */
export function ContractSuppliers({ suppliers }: { suppliers: Supplier[] }) {
  if (suppliers.length === 0) return <>None awarded yet</>;
  return (
    <ul className="govuk-list">
      {suppliers.map((supplier, index) => (
        <li key={`${index}-${supplier.name}`}>
          {supplier.directoryEntry ? (
            <Link className="govuk-link" to={`/suppliers/${supplier.directoryEntry.id}`}>
              {supplier.name}
            </Link>
          ) : (
            supplier.name
          )}
          {supplier.companiesHouseNumber && (
            <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">
              Companies House number {supplier.companiesHouseNumber}
            </span>
          )}
          {supplier.directoryEntry && !supplier.directoryEntry.verified && (
            <span className="govuk-!-display-block">
              <Tag colour="grey">Unverified directory entry</Tag>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
