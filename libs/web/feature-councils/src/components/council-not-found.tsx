import { Link } from 'react-router';

/** When the address names no council in the register. */
export function CouncilNotFound({ code }: { code: string }) {
  return (
    <>
      <h1 className="govuk-heading-l">Council not found</h1>
      <p className="govuk-body">
        There is no council with the code “{code}”.{' '}
        <Link className="govuk-link" to="/councils">
          Find a council
        </Link>
        .
      </p>
    </>
  );
}
