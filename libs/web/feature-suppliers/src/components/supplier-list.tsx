import type { SuppliersQuery } from '@lgx/web/data-access';
import { Button, Tag } from '@lgx/web/ui';
import { Link } from 'react-router';

/**
 * A page of suppliers, each with its categories (and marked when made from a
 * public contract notice and not yet checked), and a button for the next page.
 */
export function SupplierList({
  suppliers,
  busy,
  onNext,
}: {
  suppliers: SuppliersQuery['suppliers'];
  busy: boolean;
  onNext: (after: string | null) => void;
}) {
  return (
    <>
      <h2 className="govuk-heading-m" aria-live="polite">
        {suppliers.totalCount === 1 ? '1 supplier' : `${suppliers.totalCount} suppliers`}
      </h2>
      <ul className="govuk-list" aria-busy={busy}>
        {suppliers.edges.map(({ node }) => (
          <li key={node.id} className="govuk-!-margin-bottom-4">
            <Link className="govuk-link govuk-!-font-weight-bold" to={`/suppliers/${node.id}`}>
              {node.name}
            </Link>
            {!node.verified && (
              <>
                {' '}
                <Tag colour="grey">Unverified</Tag>
              </>
            )}
            {node.categories.length > 0 && (
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                {node.categories.map((category) => category.label).join('; ')}
              </p>
            )}
          </li>
        ))}
      </ul>
      {suppliers.pageInfo.hasNextPage && (
        <Button
          type="button"
          variant="secondary"
          onClick={() => onNext(suppliers.pageInfo.endCursor)}
        >
          Next suppliers
        </Button>
      )}
    </>
  );
}
