import { lazy } from 'react';
import { Route } from 'react-router';
import { WEB_PATH_PATTERNS } from '../../../paths.js';

const IssuancePage = lazy(() => import('./IssuancePage.js').then((m) => ({ default: m.IssuancePage })));
const EcoePage = lazy(() => import('../../ecoe/EcoePage.js').then((m) => ({ default: m.EcoePage })));

/** The issuance clerk's page and the public e-COE page (R-RES-1 … R-RES-3). */
export function issuanceRoutes() {
  return [
    <Route key="officer-issuance" path={WEB_PATH_PATTERNS.officerIssuance} element={<IssuancePage />} />,
    <Route key="ecoe" path={WEB_PATH_PATTERNS.ecoe} element={<EcoePage />} />,
  ];
}
