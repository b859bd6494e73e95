import { useViewer } from '@lgx/web/data-access';
import { twoFactorPath } from '@lgx/web/util';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { CouncilQuestions } from './council-questions';
import { CouncilRenewals } from './council-renewals';
import { FollowedNews } from './followed-news';

/**
 * The home page's "for you": for a council officer, the panel; for a
 * signed-in person with no council, how to join theirs (or to finish signing
 * in); for a visitor (or LGX staff without a council), nothing.
 */
export function ForYou() {
  const viewer = useViewer().data?.viewer;
  if (!viewer?.account) return null;
  if (viewer.council) return <ForYouPanel council={viewer.council} />;
  // Until the second step of signing in, the session has no council yet.
  if (viewer.mfaChallengePending)
    return (
      <NoCouncilYet>
        <Link className="govuk-link" to={twoFactorPath('/')}>
          Finish signing in with your two-factor code
        </Link>{' '}
        to see what is new for you and your council.
      </NoCouncilYet>
    );
  if (viewer.platformRoles.length > 0) return null;
  return (
    <NoCouncilYet>
      Your account is not linked to a council, so there is nothing here for you yet.{' '}
      {viewer.account.emailVerified ? (
        <>
          If you work for a council,{' '}
          <Link className="govuk-link" to="/account">
            link your account to your council
          </Link>{' '}
          from your account page to see its questions, renewals and the groups that match.
        </>
      ) : (
        <>
          If you work for a council, confirm your email address with the link we sent you; if it did
          not come,{' '}
          <Link className="govuk-link" to="/verify-email/new">
            get a new link
          </Link>
          .
        </>
      )}
    </NoCouncilYet>
  );
}

function NoCouncilYet({ children }: { children: ReactNode }) {
  return (
    <p className="govuk-body govuk-!-margin-top-6" data-testid="for-you-no-council">
      {children}
    </p>
  );
}

/** What is new for a council officer: four parts, each loading, empty or failing on its own. */
export function ForYouPanel({ council }: { council: { code: string; name: string } }) {
  return (
    <section aria-labelledby="for-you-heading" className="govuk-!-margin-top-6 lgx-break-words">
      <h2 className="govuk-heading-l" id="for-you-heading">
        For you
      </h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <FollowedNews />
          <CouncilQuestions councilName={council.name} />
        </div>
        <div className="govuk-grid-column-one-half">
          <CouncilRenewals council={council} />
        </div>
      </div>
    </section>
  );
}
