import { lazy } from 'react';
import { Route } from 'react-router';
import { WEB_PATHS } from '../../paths.js';

const StatisticsPage = lazy(() => import('./StatisticsPage.js').then((m) => ({ default: m.StatisticsPage })));

/** The public processing-time statistics (R-CASE-2). */
export function statisticsRoutes() {
  return [<Route key="statistics" path={WEB_PATHS.statistics} element={<StatisticsPage />} />];
}
