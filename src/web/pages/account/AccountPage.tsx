import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageTitle } from '../../components/PageTitle.js';
import { Section } from '../../components/Section.js';
import { WEB_PATHS } from '../../paths.js';
import { apiGet, apiPost, type AccountPageData, type ApiError } from '../sign-in/auth-api.js';
import { ErrorSummary, PageHeading } from '../sign-in/form-parts.js';
import { officeLabel } from '../officer/office-label.js';
import { AccountSecurity } from './AccountSecurity.js';
import { IdentityDetailsSection } from './IdentityDetailsSection.js';

type State = { kind: 'loading' } | { kind: 'error'; error: ApiError } | { kind: 'ready'; page: AccountPageData };

/** The account page (R-AUTH-8): who you are, your recent sign-ins, and changes after re-authentication. */
export function AccountPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const load = useCallback(() => {
    void apiGet<AccountPageData>('/api/v1/account').then((r) => setState(r.ok ? { kind: 'ready', page: r.data } : { kind: 'error', error: r.error }));
  }, []);
  useEffect(load, [load]);
  const signOut = async () => {
    await apiPost('/api/v1/sign-out');
    navigate(WEB_PATHS.home);
  };
  return (
    <>
      <PageTitle page={t('account.title')} />
      <PageHeading>{t('account.title')}</PageHeading>
      {state.kind === 'loading' && <p role="status" className="mt-6">{t('account.loading')}</p>}
      {state.kind === 'error' && (
        <div className="mt-6 flex flex-col gap-4">
          <ErrorSummary error={state.error} />
          <p><Link className="dads-link" to={WEB_PATHS.signIn}>{t('auth.signIn.heading')}</Link> / <Link className="dads-link" to={WEB_PATHS.officerSignIn}>{t('officer.signIn.heading')}</Link></p>
        </div>
      )}
      {state.kind === 'ready' && (
        <>
          <div className="mt-6 flex flex-wrap gap-4">
            {state.page.account.kind !== 'OFFICER' && <Link className="dads-button-primary" to={WEB_PATHS.applications}>{t('applications.list.title')}</Link>}
            <button type="button" className="dads-button-outline" onClick={() => void signOut()}>{t('account.signOut')}</button>
          </div>
          {state.page.account.kind === 'ORG_STAFF' && <p className="mt-6"><Link className="dads-link" to={WEB_PATHS.organisation}>{t('usageApplication.organisation.link')}</Link></p>}
          <Details page={state.page} />
          {state.page.account.kind === 'INDIVIDUAL' && <IdentityDetailsSection />}
          <RecentSignIns page={state.page} />
          <Section id="security" heading={t('account.security.heading')}>
            <AccountSecurity authId={state.page.account.authId} onChanged={load} />
          </Section>
        </>
      )}
    </>
  );
}

function Details({ page }: { page: AccountPageData }) {
  const { t, i18n } = useTranslation();
  const a = page.account;
  const rows: [string, string][] = [
    [t('account.details.authId'), a.authId],
    [t('account.details.name'), a.displayName],
    [t('account.details.email'), a.email],
    [t('account.details.kind'), t(`account.kinds.${a.officerRole ?? a.kind}`)],
    [t('account.details.secondFactor'), a.hasSecondFactor ? t('account.details.enrolled') : t('account.details.notEnrolled')],
  ];
  if (a.office) rows.push([t('account.details.office'), officeLabel(a.office, i18n.resolvedLanguage)]);
  if (a.authIdExpiresAt) rows.push([t('account.details.expires'), a.authIdExpiresAt.slice(0, 10)]);
  return (
    <Section id="details" heading={t('account.details.heading')}>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 md:grid-cols-[auto_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-bold">{label}</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}

function RecentSignIns({ page }: { page: AccountPageData }) {
  const { t, i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'ja-JP', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Asia/Tokyo' });
  return (
    <Section id="recent" heading={t('account.recent.heading')}>
      {page.recentSignIns.length === 0 ? <p>{t('account.recent.none')}</p> : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t('account.recent.heading')}</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b border-solid-gray-420 p-2">{t('account.recent.at')}</th>
                <th scope="col" className="border-b border-solid-gray-420 p-2">{t('account.recent.address')}</th>
                <th scope="col" className="border-b border-solid-gray-420 p-2">{t('account.recent.what')}</th>
              </tr>
            </thead>
            <tbody>
              {page.recentSignIns.map((s) => (
                <tr key={`${s.at}-${s.step}-${s.outcome}`}>
                  <td className="border-b border-solid-gray-420 p-2"><time dateTime={s.at}>{format.format(new Date(s.at))}</time></td>
                  <td className="border-b border-solid-gray-420 p-2">{s.ipAddress}</td>
                  <td className="border-b border-solid-gray-420 p-2">{t(`account.recent.${s.step}_${s.outcome}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>{t('account.recent.note')}</p>
    </Section>
  );
}
