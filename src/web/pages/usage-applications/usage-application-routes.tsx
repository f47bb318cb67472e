import { lazy } from 'react';
import { Route } from 'react-router';
import { WEB_PATHS } from '../../paths.js';

// Loaded on demand, so the first page stays small.
const UsageApplicationPage = lazy(() => import('./UsageApplicationPage.js').then((m) => ({ default: m.UsageApplicationPage })));
const FirstPasswordPage = lazy(() => import('../sign-in/FirstPasswordPage.js').then((m) => ({ default: m.FirstPasswordPage })));
const UsageReplyPage = lazy(() => import('./UsageReplyPage.js').then((m) => ({ default: m.UsageReplyPage })));
const OrganisationPage = lazy(() => import('./OrganisationPage.js').then((m) => ({ default: m.OrganisationPage })));

/** Organisations' usage application (利用申出), the reply link, the staff password page and the staff's organisation page. */
export function usageApplicationRoutes() {
  return [
    <Route key="usage-application" path={WEB_PATHS.usageApplication} element={<UsageApplicationPage />} />,
    <Route key="usage-application-reply" path={WEB_PATHS.usageApplicationReply} element={<UsageReplyPage />} />,
    <Route key="org-staff-password" path={WEB_PATHS.orgStaffPassword} element={<FirstPasswordPage endpoint="/api/v1/usage-applications/staff-password" signInPath={WEB_PATHS.signIn} texts="usageApplication.password" />} />,
    <Route key="organisation" path={WEB_PATHS.organisation} element={<OrganisationPage />} />,
  ];
}
