import { signInPath, useHere } from '@lgx/web/util';
import { Link } from 'react-router';

/** What a visitor sees on a page that is about their own account. */
export function SignInFirst({ title, why }: { title: string; why: string }) {
  const here = useHere();
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">
        <Link className="govuk-link" to={signInPath(here)}>
          Sign in
        </Link>{' '}
        {why}
      </p>
    </>
  );
}
