import { lazy } from 'react';
import { Route } from 'react-router';
import { WEB_PATH_PATTERNS, WEB_PATHS } from '../../../paths.js';

const CaseQueuePage = lazy(() => import('./CaseQueuePage.js').then((m) => ({ default: m.CaseQueuePage })));
const CasePage = lazy(() => import('./CasePage.js').then((m) => ({ default: m.CasePage })));

/** The back office's intake queue, work queue and case screen (R-EXAM-2, R-EXAM-3, R-EXAM-4). */
export function caseRoutes() {
  return [
    <Route key="officer-intake" path={WEB_PATHS.officerIntake} element={<CaseQueuePage kind="intake" />} />,
    <Route key="officer-cases" path={WEB_PATHS.officerCases} element={<CaseQueuePage kind="cases" />} />,
    <Route key="officer-case" path={WEB_PATH_PATTERNS.officerCase} element={<CasePage />} />,
  ];
}
