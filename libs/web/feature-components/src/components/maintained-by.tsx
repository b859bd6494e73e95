import { Link } from 'react-router';

/** "Maintained by A, B and C.", each council a link; or that no council on LGX maintains it. */
export function MaintainedBy({
  councils,
}: {
  councils: readonly { code: string; name: string }[];
}) {
  return (
    <p className="govuk-body">
      {councils.length === 0 ? (
        'Not maintained by a council on LGX.'
      ) : (
        <>
          Maintained by{' '}
          {councils.map((council, index) => (
            <span key={council.code}>
              {index > 0 && (index === councils.length - 1 ? ' and ' : ', ')}
              <Link className="govuk-link" to={`/councils/${council.code}`}>
                {council.name}
              </Link>
            </span>
          ))}
          .
        </>
      )}
    </p>
  );
}
