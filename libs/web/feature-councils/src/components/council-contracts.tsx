import { CouncilContractsDocument, useGraphQLQuery } from '@lgx/web/data-access';
import { ContractList, ErrorSummary, Loading } from '@lgx/web/ui';
import { routerLink } from '@lgx/web/util';
import { useState } from 'react';

/** How many more contracts each press of "Show more" lists, up to the API's page limit. */
export const COUNCIL_CONTRACTS_STEP = 20;
const MOST_SHOWN = 100;

/**
 * A council's current public contracts, ending soon first (by the latest they
 * can run to), with their suppliers and values as stated. Public data: for
 * everyone, visitors included.
 */
export function CouncilContracts({ council }: { council: { code: string; name: string } }) {
  const [shown, setShown] = useState(COUNCIL_CONTRACTS_STEP);
  const { data, error, isFetching } = useGraphQLQuery(CouncilContractsDocument, {
    councilCode: council.code,
    first: shown,
  });
  const contracts = data?.councilContracts;
  const listed = contracts?.edges.length ?? 0;
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
        <ContractList
          intro={`${
            contracts.totalCount > listed
              ? `The ${listed} of ${contracts.totalCount} current contracts ending soonest`
              : `${contracts.totalCount} current ${contracts.totalCount === 1 ? 'contract' : 'contracts'}`
          }, from the notices ${council.name} published, ending soon first.`}
          caption={`${council.name}’s current contracts, ending soon first`}
          contracts={contracts.edges.map((edge) => edge.node)}
          totalCount={contracts.totalCount}
          show="suppliers"
          renderLink={routerLink}
          loadingMore={isFetching}
          onShowMore={
            shown < MOST_SHOWN
              ? () => setShown(Math.min(shown + COUNCIL_CONTRACTS_STEP, MOST_SHOWN))
              : undefined
          }
        />
      )}
    </section>
  );
}
