import { SupplierContractsDocument, useGraphQLQuery } from '@lgx/web/data-access';
import { ContractTable, ErrorSummary, Loading } from '@lgx/web/ui';
import { routerLink } from '@lgx/web/util';

/** How many of a supplier's contracts its page lists. */
export const SUPPLIER_CONTRACTS_SHOWN = 20;

/**
 * The public contracts awarded to a supplier, latest notice first, with each
 * buyer and value as stated. Public data: visitors see it too.
 */
export function SupplierContracts({ supplierId }: { supplierId: string }) {
  const { data, error } = useGraphQLQuery(SupplierContractsDocument, {
    supplierId,
    first: SUPPLIER_CONTRACTS_SHOWN,
  });
  const contracts = data?.supplierContracts;
  return (
    <section aria-labelledby="public-contracts-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-l" id="public-contracts-heading">
        Public contracts
      </h2>
      {error && (
        <ErrorSummary
          title="Public contracts could not be loaded"
          errors={[{ message: error.message }]}
        />
      )}
      {!error && !contracts && <Loading label="Loading public contracts" />}
      {contracts && contracts.totalCount === 0 && (
        <p className="govuk-body">No public contracts found for this supplier yet.</p>
      )}
      {contracts && contracts.totalCount > 0 && (
        <>
          <p className="govuk-body">
            {contracts.totalCount > contracts.edges.length
              ? `The latest ${contracts.edges.length} of ${contracts.totalCount} contracts`
              : `${contracts.totalCount} ${contracts.totalCount === 1 ? 'contract' : 'contracts'}`}{' '}
            awarded in public notices, latest first.
          </p>
          <ContractTable
            caption="Public contracts awarded, latest notice first"
            contracts={contracts.edges.map((edge) => edge.node)}
            show="buyer"
            renderLink={routerLink}
          />
          <p className="govuk-body-s">
            Source: Contracts Finder / Find a Tender, Open Government Licence.
          </p>
        </>
      )}
    </section>
  );
}
