import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle.js';
import { Section } from '../../components/Section.js';
import { WEB_PATHS } from '../../paths.js';
import { officeLabel } from '../officer/office-label.js';
import { apiGet, type ApiError } from '../sign-in/auth-api.js';
import { ErrorSummary, PageHeading } from '../sign-in/form-parts.js';
import { AdditionalApplicationForm } from './AdditionalApplicationForm.js';
import { jstDate, type OrgKey, type OrganisationOverview } from './organisation-types.js';
import { PeriodicReportForm } from './PeriodicReportForm.js';

type State = { kind: 'loading' } | { kind: 'error'; error: ApiError } | { kind: 'ready'; overview: OrganisationOverview };

/** The organisation staff member's page (R-ORG-2, R-ORG-3): the organisation, the 認証ID group, the periodic report, additional applications. */
export function OrganisationPage() {
  const { t } = useTranslation();
  const o = (key: OrgKey) => t(`usageApplication.organisation.${key}`);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const load = useCallback(() => {
    void apiGet<OrganisationOverview>('/api/v1/organisation').then((r) => setState(r.ok ? { kind: 'ready', overview: r.data } : { kind: 'error', error: r.error }));
  }, []);
  useEffect(load, [load]);
  return (
    <>
      <PageTitle page={o('title')} />
      <PageHeading>{o('title')}</PageHeading>
      {state.kind === 'loading' && <p role="status" className="mt-6">{o('loading')}</p>}
      {state.kind === 'error' && (
        <div className="mt-6 flex flex-col gap-4">
          <ErrorSummary error={state.error} />
          <p><Link className="dads-link" to={WEB_PATHS.signIn}>{t('auth.signIn.heading')}</Link></p>
        </div>
      )}
      {state.kind === 'ready' && (
        <>
          <Details overview={state.overview} />
          <Section id="periodic-report" heading={o('reportHeading')}>
            <PeriodicReportForm overview={state.overview} onFiled={load} />
          </Section>
          <Section id="additional" heading={o('additionalHeading')}>
            <AdditionalApplicationForm overview={state.overview} onFiled={load} />
            <FiledApplications overview={state.overview} />
          </Section>
        </>
      )}
    </>
  );
}

function Details({ overview }: { overview: OrganisationOverview }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  const o = (key: OrgKey) => t(`usageApplication.organisation.${key}`);
  const org = overview.organization;
  const rows: [string, string][] = [
    [t('usageApplication.form.name'), org.name],
    [t('usageApplication.form.corporateNumber'), org.corporateNumber],
    [t('usageApplication.form.type'), t(`usageApplication.type.${org.type}`)],
    [t('usageApplication.form.category'), String(org.category)],
    [o('office'), officeLabel(org.office, lang)],
  ];
  if (overview.requestingOrganization) rows.push([t('usageApplication.form.requesting'), overview.requestingOrganization.name]);
  if (overview.implementingOrganizations.length > 0) rows.push([t('usageApplication.form.implementing'), overview.implementingOrganizations.map((i) => i.name).join('、')]);
  rows.push([o('myExpiry'), jstDate(overview.authIdExpiresAt, lang)]);
  return (
    <Section id="organisation" heading={o('detailsHeading')}>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 md:grid-cols-[auto_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents"><dt className="font-bold">{label}</dt><dd className="break-all">{value}</dd></div>
        ))}
      </dl>
      <h3 className="text-std-20B-150">{o('staffHeading')}</h3>
      <ul className="flex list-disc flex-col gap-1 pl-6">
        {overview.staff.map((s) => <li key={s.accountId}>{t('usageApplication.organisation.staffLine', { name: s.name, email: s.email, until: jstDate(s.authIdExpiresAt, lang) })}</li>)}
      </ul>
    </Section>
  );
}

function FiledApplications({ overview }: { overview: OrganisationOverview }) {
  const { t, i18n } = useTranslation();
  if (overview.applications.length === 0) return null;
  return (
    <>
      <h3 className="text-std-20B-150">{t('usageApplication.organisation.filedHeading')}</h3>
      <ul className="flex list-disc flex-col gap-1 pl-6">
        {overview.applications.map((a) => (
          <li key={a.id}>{jstDate(a.createdAt, i18n.resolvedLanguage)} — {t(`usageApplication.status.${a.status}`)}</li>
        ))}
      </ul>
    </>
  );
}
