import { Link } from 'react-router';

/** When the address names no public contract LGX holds (the page sets the title). */
export function ContractNotFound() {
  return (
    <>
      <h1 className="govuk-heading-l">Contract not found</h1>
      <p className="govuk-body">
        LGX holds no public contract with that id. If you typed the web address, check it is
        correct: contract ids start “ocds-”. A contract published very recently may not have been
        imported yet.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/councils">
          Find a council and its contracts
        </Link>
      </p>
    </>
  );
}
