import { Navigate, type RouteObject } from 'react-router';

import { RequireSignedIn } from './components/require-signed-in';
import { AccessRequestsPage } from './pages/access-requests-page';
import { AccountDeletedPage } from './pages/account-deleted-page';
import { AccountPage } from './pages/account-page';
import { AddCouncilDomainPage } from './pages/add-council-domain-page';
import { AskForCouncilDomainPage } from './pages/ask-for-council-domain-page';
import { AskForCouncilRolePage } from './pages/ask-for-council-role-page';
import { AuditLogPage } from './pages/audit-log-page';
import { ChangeDetailsPage } from './pages/change-details-page';
import { ChangeMemberRolePage } from './pages/change-member-role-page';
import { ChangePasswordPage } from './pages/change-password-page';
import { CheckYourEmailPage } from './pages/check-your-email-page';
import { CouncilDomainsPage } from './pages/council-domains-page';
import { CouncilMembersPage } from './pages/council-members-page';
import { CreateAccountPage } from './pages/create-account-page';
import { DeclineAccessRequestPage } from './pages/decline-access-request-page';
import { DeleteAccountPage } from './pages/delete-account-page';
import { ForgottenPasswordPage } from './pages/forgotten-password-page';
import { NewConfirmationLinkPage } from './pages/new-confirmation-link-page';
import { PasswordResetDonePage } from './pages/password-reset-done-page';
import { PasswordResetSentPage } from './pages/password-reset-sent-page';
import { RemoveCouncilDomainPage } from './pages/remove-council-domain-page';
import { RemoveMemberPage } from './pages/remove-member-page';
import { ResetPasswordPage } from './pages/reset-password-page';
import { SetUpTwoFactorPage } from './pages/set-up-two-factor-page';
import { SignInPage } from './pages/sign-in-page';
import { SignOutEverywherePage } from './pages/sign-out-everywhere-page';
import { SignedOutPage } from './pages/signed-out-page';
import { TurnOffTwoFactorPage } from './pages/turn-off-two-factor-page';
import { TwoFactorChallengePage } from './pages/two-factor-challenge-page';
import { VerifyEmailPage } from './pages/verify-email-page';
import { YourDataPage } from './pages/your-data-page';

const MEMBERS = { to: '/council/members', label: 'Back to the council’s members' };
const REQUESTS = { to: '/admin/requests', label: 'Back to the requests' };

/** Every identity page, for the app's router: public ones, then those for signed-in people. */
export const identityRoutes: RouteObject[] = [
  { path: 'create-account', element: <CreateAccountPage /> },
  { path: 'check-your-email', element: <CheckYourEmailPage /> },
  { path: 'verify-email', element: <VerifyEmailPage /> },
  { path: 'verify-email/new', element: <NewConfirmationLinkPage /> },
  { path: 'sign-in', element: <SignInPage /> },
  { path: 'sign-in/two-factor', element: <TwoFactorChallengePage /> },
  { path: 'signed-out', element: <SignedOutPage /> },
  { path: 'forgotten-password', element: <ForgottenPasswordPage /> },
  { path: 'forgotten-password/sent', element: <PasswordResetSentPage /> },
  { path: 'reset-password', element: <ResetPasswordPage /> },
  { path: 'reset-password/done', element: <PasswordResetDonePage /> },
  { path: 'account-deleted', element: <AccountDeletedPage /> },
  {
    element: <RequireSignedIn />,
    children: [
      { path: 'account', element: <AccountPage /> },
      { path: 'account/details', element: <ChangeDetailsPage /> },
      { path: 'account/password', element: <ChangePasswordPage /> },
      { path: 'account/two-factor', element: <SetUpTwoFactorPage /> },
      { path: 'account/two-factor/turn-off', element: <TurnOffTwoFactorPage /> },
      { path: 'account/sign-out-everywhere', element: <SignOutEverywherePage /> },
      { path: 'account/your-data', element: <YourDataPage /> },
      { path: 'account/delete', element: <DeleteAccountPage /> },
      { path: 'account/council-domain', element: <AskForCouncilDomainPage /> },
      { path: 'account/council-role', element: <AskForCouncilRolePage /> },
      { path: 'council/members', element: <CouncilMembersPage /> },
      { path: 'council/members/:accountId/role', element: <ChangeMemberRolePage /> },
      { path: 'council/members/:accountId/remove', element: <RemoveMemberPage /> },
      {
        path: 'council/members/requests/:id/decline',
        element: <DeclineAccessRequestPage back={MEMBERS} />,
      },
      { path: 'admin', element: <Navigate to="/admin/domains" replace /> },
      { path: 'admin/requests', element: <AccessRequestsPage /> },
      { path: 'admin/requests/:id/decline', element: <DeclineAccessRequestPage back={REQUESTS} /> },
      { path: 'admin/domains', element: <CouncilDomainsPage /> },
      { path: 'admin/domains/add', element: <AddCouncilDomainPage /> },
      { path: 'admin/domains/:domain/remove', element: <RemoveCouncilDomainPage /> },
      { path: 'admin/audit-log', element: <AuditLogPage /> },
    ],
  },
];
