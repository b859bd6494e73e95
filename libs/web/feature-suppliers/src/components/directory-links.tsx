import { Link } from 'react-router';

/** Where an officer goes from the directory: write, read their council's, add, moderate. */
export function DirectoryLinks({ moderator }: { moderator: boolean }) {
  return (
    <ul className="govuk-list">
      <li>
        <Link className="govuk-link" to="/supplier-experiences/new">
          Write about a supplier your council uses
        </Link>
      </li>
      <li>
        <Link className="govuk-link" to="/suppliers/my-council">
          Your council’s experiences
        </Link>
      </li>
      <li>
        <Link className="govuk-link" to="/suppliers/new">
          Add a supplier to the directory
        </Link>
      </li>
      {moderator && (
        <li>
          <Link className="govuk-link" to="/suppliers/moderation">
            Moderation queue
          </Link>
        </li>
      )}
    </ul>
  );
}
