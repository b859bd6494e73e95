import { CouncilContractsDocument, useGraphQLQuery } from '@lgx/web/data-access';
import { ContractTable, ErrorSummary, Loading } from '@lgx/web/ui';
import { routerLink } from '@lgx/web/util';

/** How many of a council's contracts its page lists. */
export const COUNCIL_CONTRACTS_SHOWN = 20;

/**
 * A council's current public contracts, ending soon first (by the latest they
 * can run to), with their suppliers and values as stated. Public data: for
 * everyone, visitors included.
 */
export function CouncilContracts({ council }: { council: { code: string; name: string } }) {
  const { data, error } = useGraphQLQuery(CouncilContractsDocument, {
    councilCode: council.code,
    first: COUNCIL_CONTRACTS_SHOWN,
  });
  const contracts = data?.councilContracts;
  return (
    <section aria-labelledby="contracts-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-l" id="contracts-heading">
        Contracts
      </h2>
      {error && (
        <ErrorSummary title="Contracts could not be loaded" errors={[{ message: error.message }]} />
      )}
      {!error && !contracts && <Loading label="Loading contracts" />}
      {contracts && contracts.totalCount === 0 && (
        <p className="govuk-body">No public contracts found for {council.name} yet.</p>
      )}
      {contracts && contracts.totalCount > 0 && (
        <>
          <p className="govuk-body">
            {contracts.totalCount > contracts.edges.length
              ? `The ${contracts.edges.length} of ${contracts.totalCount} current contracts ending soonest`
              : `${contracts.totalCount} current ${contracts.totalCount === 1 ? 'contract' : 'contracts'}`}
            , from the notices {council.name} published, ending soon first.
          </p>
          <ContractTable
            caption={`${council.name}’s current contracts, ending soon first`}
            contracts={contracts.edges.map((edge) => edge.node)}
            show="suppliers"
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
