import { SupplierContractsDocument, useGraphQLQuery } from '@lgx/web/data-access';
import { ContractList, ErrorSummary, Loading } from '@lgx/web/ui';
import { routerLink } from '@lgx/web/util';
import { useState } from 'react';

/** How many more contracts each press of "Show more" lists, up to the API's page limit. */
export const SUPPLIER_CONTRACTS_STEP = 20;
const MOST_SHOWN = 100;

/**
 * The public contracts awarded to a supplier, latest notice first, with each
 * buyer and value as stated. Public data: visitors see it too.
 */
export function SupplierContracts({ supplierId }: { supplierId: string }) {
  const [shown, setShown] = useState(SUPPLIER_CONTRACTS_STEP);
  const { data, error, isFetching } = useGraphQLQuery(SupplierContractsDocument, {
    supplierId,
    first: shown,
  });
  const contracts = data?.supplierContracts;
  const listed = contracts?.edges.length ?? 0;
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
        <ContractList
          intro={`${
            contracts.totalCount > listed
              ? `The latest ${listed} of ${contracts.totalCount} contracts`
              : `${contracts.totalCount} ${contracts.totalCount === 1 ? 'contract' : 'contracts'}`
          } awarded in public notices, latest first.`}
          caption="Public contracts awarded, latest notice first"
          contracts={contracts.edges.map((edge) => edge.node)}
          totalCount={contracts.totalCount}
          show="buyer"
          renderLink={routerLink}
          loadingMore={isFetching}
          onShowMore={
            shown < MOST_SHOWN
              ? () => setShown(Math.min(shown + SUPPLIER_CONTRACTS_STEP, MOST_SHOWN))
              : undefined
          }
        />
      )}
    </section>
  );
}
