import { Link } from 'react-router';

/** Where the council's digital ambition map is (private to its officers until published). */
export function CouncilAmbitionLink({ council }: { council: { code: string; name: string } }) {
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to={`/digital-ambition/${council.code}`}>
        {council.name}&apos;s digital ambition map
      </Link>
    </p>
  );
}
