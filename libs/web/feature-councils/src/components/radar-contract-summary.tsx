import { Link } from 'react-router';

import {
  contractName,
  contractPath,
  endDescription,
  type RadarContract,
  supplierOf,
  valueDescription,
} from '../model/radar-contract';

/** "Library system from Acme Ltd, ends 31 March 2028; £2,500,000": linked to a public contract's page. */
export function RadarContractSummary({ contract }: { contract: RadarContract }) {
  const path = contractPath(contract);
  const value = valueDescription(contract);
  return (
    <>
      {path ? (
        <Link className="govuk-link" to={path}>
          {contractName(contract)}
        </Link>
      ) : (
        contractName(contract)
      )}{' '}
      from {supplierOf(contract)}, {endDescription(contract)}
      {value && `; ${value}`}
    </>
  );
}
