import { lazy } from 'react';
import { Route } from 'react-router';
import { WEB_PATHS } from '../../paths.js';

// Loaded on demand, so the first page stays small.
const IntermediaryRegistrationPage = lazy(() => import('./IntermediaryRegistrationPage.js').then((m) => ({ default: m.IntermediaryRegistrationPage })));
const FirstPasswordPage = lazy(() => import('../sign-in/FirstPasswordPage.js').then((m) => ({ default: m.FirstPasswordPage })));

/** Lawyers' and administrative scriveners' registration (申請等取次者) and the password page of their approval email. */
export function intermediaryRoutes() {
  return [
    <Route key="intermediary-register" path={WEB_PATHS.intermediaryRegister} element={<IntermediaryRegistrationPage />} />,
    <Route key="intermediary-password" path={WEB_PATHS.intermediaryPassword} element={<FirstPasswordPage endpoint="/api/v1/intermediaries/password" signInPath={WEB_PATHS.signIn} texts="intermediary.password" />} />,
  ];
}
