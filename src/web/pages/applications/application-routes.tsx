import { lazy } from 'react';
import { Route } from 'react-router';
import { WEB_PATH_PATTERNS, WEB_PATHS } from '../../paths.js';

// The form pages are one lazy chunk (the engine, the form definition and its texts load only here).
const ApplicationListPage = lazy(() => import('./ApplicationListPage.js').then((m) => ({ default: m.ApplicationListPage })));
const ApplicationPage = lazy(() => import('./ApplicationPage.js').then((m) => ({ default: m.ApplicationPage })));

/** 申請情報一覧 and one application (R-FORM-*, R-ATT-*, R-SUB-*, R-CASE-1). */
export function applicationRoutes() {
  return [
    <Route key="applications" path={WEB_PATHS.applications} element={<ApplicationListPage />} />,
    <Route key="application" path={WEB_PATH_PATTERNS.application} element={<ApplicationPage />} />,
  ];
}
