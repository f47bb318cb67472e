import { lazy } from 'react';
import { Route } from 'react-router';
import { WEB_PATHS } from '../../paths.js';

// Loaded on demand, so the first page stays small.
const SignInPage = lazy(() => import('../sign-in/SignInPage.js').then((m) => ({ default: m.SignInPage })));
const ForgotPasswordPage = lazy(() => import('../sign-in/RecoveryPages.js').then((m) => ({ default: m.ForgotPasswordPage })));
const ForgotAuthIdPage = lazy(() => import('../sign-in/RecoveryPages.js').then((m) => ({ default: m.ForgotAuthIdPage })));
const PasswordLinkPage = lazy(() => import('../sign-in/PasswordLinkPage.js').then((m) => ({ default: m.PasswordLinkPage })));
const AccountPage = lazy(() => import('./AccountPage.js').then((m) => ({ default: m.AccountPage })));
const EmailConfirmPage = lazy(() => import('./EmailConfirmPage.js').then((m) => ({ default: m.EmailConfirmPage })));
const OfficerSignInPage = lazy(() => import('../officer/OfficerSignInPage.js').then((m) => ({ default: m.OfficerSignInPage })));
const OfficerHomePage = lazy(() => import('../officer/OfficerHomePage.js').then((m) => ({ default: m.OfficerHomePage })));
const OfficersAdminPage = lazy(() => import('../officer/OfficersAdminPage.js').then((m) => ({ default: m.OfficersAdminPage })));

/** The sign-in, account and officer pages, as route elements for the app's router. */
export function accountRoutes() {
  return [
    <Route key="sign-in" path={WEB_PATHS.signIn} element={<SignInPage />} />,
    <Route key="forgot-password" path={WEB_PATHS.forgotPassword} element={<ForgotPasswordPage />} />,
    <Route key="forgot-auth-id" path={WEB_PATHS.forgotAuthId} element={<ForgotAuthIdPage />} />,
    <Route key="password-set" path={WEB_PATHS.passwordSet} element={<PasswordLinkPage />} />,
    <Route key="password-reset" path={WEB_PATHS.passwordReset} element={<PasswordLinkPage />} />,
    <Route key="account" path={WEB_PATHS.account} element={<AccountPage />} />,
    <Route key="email-confirm" path={WEB_PATHS.emailConfirm} element={<EmailConfirmPage />} />,
    <Route key="officer-sign-in" path={WEB_PATHS.officerSignIn} element={<OfficerSignInPage />} />,
    <Route key="officer-home" path={WEB_PATHS.officerHome} element={<OfficerHomePage />} />,
    <Route key="officer-admin" path={WEB_PATHS.officerAdmin} element={<OfficersAdminPage />} />,
  ];
}
