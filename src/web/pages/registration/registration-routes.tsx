import { lazy } from 'react';
import { Route } from 'react-router';
import { WEB_PATHS } from '../../paths.js';

// Loaded on demand, so the first page stays small.
const CardPage = lazy(() => import('./CardPage.js').then((m) => ({ default: m.CardPage })));
const RegistrationPage = lazy(() => import('./RegistrationPage.js').then((m) => ({ default: m.RegistrationPage })));
const FirstPasswordPage = lazy(() => import('../sign-in/FirstPasswordPage.js').then((m) => ({ default: m.FirstPasswordPage })));
const CardSignInPage = lazy(() => import('./CardSignInPage.js').then((m) => ({ default: m.CardSignInPage })));

/** The card, individual registration, the password page of its approval email and the card sign-in (外国人本人・その他). */
export function registrationRoutes() {
  return [
    <Route key="card" path={WEB_PATHS.card} element={<CardPage />} />,
    <Route key="register" path={WEB_PATHS.register} element={<RegistrationPage />} />,
    <Route key="register-password" path={WEB_PATHS.registerPassword} element={<FirstPasswordPage endpoint="/api/v1/registration/password" signInPath={WEB_PATHS.cardSignIn} texts="individual.password" />} />,
    <Route key="card-sign-in" path={WEB_PATHS.cardSignIn} element={<CardSignInPage />} />,
  ];
}
