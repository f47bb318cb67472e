import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AppLayout } from './components/AppLayout.js';
import { HomePage } from './pages/home/HomePage.js';
import { accountRoutes } from './pages/account/account-routes.js';
import { NotFoundPage } from './pages/not-found/NotFoundPage.js';
import { registrationRoutes } from './pages/registration/registration-routes.js';
import { intermediaryRoutes } from './pages/intermediaries/intermediary-routes.js';
import { usageApplicationRoutes } from './pages/usage-applications/usage-application-routes.js';
import { applicationRoutes } from './pages/applications/application-routes.js';
import { caseRoutes } from './pages/officer/cases/case-routes.js';
import { issuanceRoutes } from './pages/officer/issuance/issuance-routes.js';
import { statisticsRoutes } from './pages/statistics/statistics-routes.js';
import { WEB_PATHS } from './paths.js';

// Pages other than home load on demand, so the first page stays small.
const PrecheckPage = lazy(() => import('./pages/precheck/PrecheckPage.js').then((m) => ({ default: m.PrecheckPage })));
const DevMailboxPage = lazy(() => import('./pages/dev-mailbox/DevMailboxPage.js').then((m) => ({ default: m.DevMailboxPage })));
const VerifyPage = lazy(() => import('./pages/verify/VerifyPage.js').then((m) => ({ default: m.VerifyPage })));

/** Every path here is in WEB_PATHS, so the server answers it with 200; anything else is the not-found page (404). */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<AppLayout />}>
          <Route path={WEB_PATHS.home} element={<HomePage />} />
          <Route path={WEB_PATHS.precheck} element={<PrecheckPage />} />
          <Route path={WEB_PATHS.devMailbox} element={<DevMailboxPage />} />
          <Route path={WEB_PATHS.verify} element={<VerifyPage />} />
          {accountRoutes()}
          {registrationRoutes()}
          {intermediaryRoutes()}
          {usageApplicationRoutes()}
          {applicationRoutes()}
          {caseRoutes()}
          {issuanceRoutes()}
          {statisticsRoutes()}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
