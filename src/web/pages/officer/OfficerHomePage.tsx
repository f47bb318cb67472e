import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle.js';
import { WEB_PATHS } from '../../paths.js';
import { apiGet, type ApiError, type SessionInfo } from '../sign-in/auth-api.js';
import { ErrorSummary, PageHeading } from '../sign-in/form-parts.js';
import { IntermediaryReviewSection } from './IntermediaryReviewSection.js';
import { UsageApplicationReviewSection } from '../usage-applications/UsageApplicationReviewSection.js';
import { officeLabel } from './office-label.js';

type Signed = Extract<SessionInfo, { signedIn: true }>;

/** The back office start page: who is signed in, in which role and office, and what that role may open. */
export function OfficerHomePage() {
  const { t, i18n } = useTranslation();
  const [session, setSession] = useState<Signed | null>();
  const [error, setError] = useState<ApiError>();
  useEffect(() => {
    void apiGet<SessionInfo>('/api/v1/session').then((r) => {
      if (!r.ok) return setError(r.error);
      setSession(r.data.signedIn && r.data.stage === 'ACTIVE' && r.data.account.kind === 'OFFICER' ? r.data : null);
    });
  }, []);
  return (
    <>
      <PageTitle page={t('officer.home.title')} />
      <PageHeading>{t('officer.home.title')}</PageHeading>
      <ErrorSummary error={error} />
      {session === null && <p className="mt-6"><Link className="dads-link" to={WEB_PATHS.officerSignIn}>{t('officer.signIn.heading')}</Link></p>}
      {session && (
        <div className="mt-6 flex flex-col gap-4">
          <p>{t('officer.home.signedInAs', { name: session.account.displayName, role: t(`account.kinds.${session.account.role}`), office: officeLabel(session.account.office ?? '', i18n.resolvedLanguage) })}</p>
          <ul className="flex list-disc flex-col gap-2 pl-6">
            {session.account.scopes.includes('officers:manage') && <li><Link className="dads-link" to={WEB_PATHS.officerAdmin}>{t('officer.admin.title')}</Link></li>}
            <li><Link className="dads-link" to={WEB_PATHS.account}>{t('account.title')}</Link></li>
          </ul>
          {session.account.scopes.includes('usage-applications:review') && <IntermediaryReviewSection />}
          {session.account.scopes.includes('usage-applications:review') && <UsageApplicationReviewSection />}
        </div>
      )}
    </>
  );
}
