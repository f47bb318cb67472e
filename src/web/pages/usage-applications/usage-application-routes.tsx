import { lazy } from 'react';
import { Route } from 'react-router';
import { WEB_PATHS } from '../../paths.js';

// Loaded on demand, so the first page stays small.
const UsageApplicationPage = lazy(() => import('./UsageApplicationPage.js').then((m) => ({ default: m.UsageApplicationPage })));
const OrgStaffPasswordPage = lazy(() => import('./OrgStaffPasswordPage.js').then((m) => ({ default: m.OrgStaffPasswordPage })));

/** Organisations' usage application (利用申出) and the staff password page of the approval email. */
export function usageApplicationRoutes() {
  return [
    <Route key="usage-application" path={WEB_PATHS.usageApplication} element={<UsageApplicationPage />} />,
    <Route key="org-staff-password" path={WEB_PATHS.orgStaffPassword} element={<OrgStaffPasswordPage />} />,
  ];
}
