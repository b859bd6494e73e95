import { Navigate, type RouteObject } from 'react-router';

import { AccountDeletedPage } from './account/account-deleted-page';
import { AccountPage } from './account/account-page';
import { ChangeDetailsPage } from './account/change-details-page';
import { ChangePasswordPage } from './account/change-password-page';
import { DeleteAccountPage } from './account/delete-account-page';
import { SetUpTwoFactorPage } from './account/set-up-two-factor-page';
import { SignOutEverywherePage } from './account/sign-out-everywhere-page';
import { TurnOffTwoFactorPage } from './account/turn-off-two-factor-page';
import { YourDataPage } from './account/your-data-page';
import { AddCouncilDomainPage } from './admin/add-council-domain-page';
import { AuditLogPage } from './admin/audit-log-page';
import { CouncilDomainsPage } from './admin/council-domains-page';
import { RemoveCouncilDomainPage } from './admin/remove-council-domain-page';
import { ChangeMemberRolePage } from './council/change-member-role-page';
import { CouncilMembersPage } from './council/council-members-page';
import { RemoveMemberPage } from './council/remove-member-page';
import { ForgottenPasswordPage } from './password/forgotten-password-page';
import { PasswordResetDonePage } from './password/password-reset-done-page';
import { PasswordResetSentPage } from './password/password-reset-sent-page';
import { ResetPasswordPage } from './password/reset-password-page';
import { RequireSignedIn } from './session/require-signed-in';
import { SignInPage } from './sign-in/sign-in-page';
import { SignedOutPage } from './sign-in/signed-out-page';
import { TwoFactorChallengePage } from './sign-in/two-factor-challenge-page';
import { CheckYourEmailPage } from './sign-up/check-your-email-page';
import { CreateAccountPage } from './sign-up/create-account-page';
import { NewConfirmationLinkPage } from './sign-up/new-confirmation-link-page';
import { VerifyEmailPage } from './sign-up/verify-email-page';

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
      { path: 'council/members', element: <CouncilMembersPage /> },
      { path: 'council/members/:accountId/role', element: <ChangeMemberRolePage /> },
      { path: 'council/members/:accountId/remove', element: <RemoveMemberPage /> },
      { path: 'admin', element: <Navigate to="/admin/domains" replace /> },
      { path: 'admin/domains', element: <CouncilDomainsPage /> },
      { path: 'admin/domains/add', element: <AddCouncilDomainPage /> },
      { path: 'admin/domains/:domain/remove', element: <RemoveCouncilDomainPage /> },
      { path: 'admin/audit-log', element: <AuditLogPage /> },
    ],
  },
];
