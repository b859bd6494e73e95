import { ContractPageDocument, useGraphQLQuery } from '@lgx/web/data-access';
import { Loading, ServiceProblem, usePageTitle } from '@lgx/web/ui';
import { QueryFailure } from '@lgx/web/util';
import { useParams } from 'react-router';

import { ContractNotFound } from '../components/contract-not-found';
import { ContractRecord } from '../components/contract-record';

/** A public contract, for everyone: what its notices state, with where each date came from. */
export function ContractPage() {
  const { ocid = '' } = useParams();
  const { data, error } = useGraphQLQuery(ContractPageDocument, { ocid });
  const notFound = error?.code === 'NOT_FOUND';
  usePageTitle(
    notFound ? 'Contract not found' : (data?.contract.title ?? 'Public contract'),
    Boolean(error),
  );
  if (error)
    return (
      <QueryFailure
        error={error}
        pages={{ NOT_FOUND: <ContractNotFound /> }}
        otherwise={<ServiceProblem message={error.message} />}
      />
    );
  if (!data) return <Loading label="Loading the contract" />;
  return <ContractRecord contract={data.contract} />;
}
