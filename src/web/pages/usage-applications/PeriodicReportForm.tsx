import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost, messageIn, type ApiError } from '../sign-in/auth-api.js';
import { ErrorSummary, fieldError, Notice } from '../sign-in/form-parts.js';
import { jstDate, type Done, type OrgKey, type OrganisationOverview } from './organisation-types.js';
import { TextAreaField } from './UsageFields.js';

/** R-ORG-3: the periodic report of the staff member's 認証ID group: what the organisation still does, who is still in service. */
export function PeriodicReportForm({ overview, onFiled }: { overview: OrganisationOverview; onFiled: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  const id = useId();
  const o = (key: OrgKey) => t(`usageApplication.organisation.${key}`);
  const report = overview.periodicReport;
  const [activities, setActivities] = useState('');
  const [inService, setInService] = useState<Record<string, boolean>>(() => Object.fromEntries(overview.staff.map((s) => [s.accountId, true])));
  const [pledges, setPledges] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const staff = overview.staff.map((s) => ({ accountId: s.accountId, inService: inService[s.accountId] ?? true }));
    const result = await apiPost<Done>('/api/v1/organisation/periodic-reports', { activities, staff, pledgesAccepted: pledges });
    if (!result.ok) return setError(result.error);
    setError(undefined);
    setNotice(result.data.message ? messageIn(result.data.message, lang) : '');
    onFiled();
  };
  return (
    <div className="flex flex-col gap-4">
      <p>{t('usageApplication.organisation.reportWindow', { opens: jstDate(report.opensAt, lang), due: report.dueDate ?? '', expiry: report.expiryDate ?? '' })}</p>
      {notice && <Notice><p>{notice}</p></Notice>}
      {report.last?.status === 'REJECTED' && <p>{o('reportRejected')} {report.last.decisionNote}</p>}
      {report.pendingSince && <p>{t('usageApplication.organisation.reportPending', { since: jstDate(report.pendingSince, lang) })}</p>}
      {!report.isOpen && !report.pendingSince && <p>{o('reportNotOpen')}</p>}
      {report.isOpen && !report.pendingSince && (
        <form onSubmit={submit} noValidate className="flex max-w-200 flex-col gap-6">
          <ErrorSummary error={error} fieldIds={{ activities: `${id}-activities`, staff: `${id}-staff`, pledgesAccepted: `${id}-pledges` }} />
          <TextAreaField id={`${id}-activities`} label={o('activities')} hint={o('activitiesHint')} value={activities} onChange={setActivities} error={fieldError(error, 'activities', lang)} />
          <fieldset id={`${id}-staff`} className="flex flex-col gap-2">
            <legend className="text-std-17B-170">{o('inServiceLegend')}</legend>
            {fieldError(error, 'staff', lang) && <p className="text-std-16B-170 text-error-2">{fieldError(error, 'staff', lang)}</p>}
            {overview.staff.map((s) => (
              <label key={s.accountId} className="flex items-center gap-2">
                <input type="checkbox" checked={inService[s.accountId] ?? true} onChange={(e) => setInService({ ...inService, [s.accountId]: e.target.checked })} />
                {t('usageApplication.organisation.inService', { name: s.name, email: s.email })}
              </label>
            ))}
          </fieldset>
          <div className="flex flex-col gap-2">
            <label className="flex items-center gap-2">
              <input id={`${id}-pledges`} type="checkbox" checked={pledges} onChange={(e) => setPledges(e.target.checked)} aria-invalid={fieldError(error, 'pledgesAccepted', lang) ? true : undefined} />
              {t('usageApplication.form.pledges')}
            </label>
            {fieldError(error, 'pledgesAccepted', lang) && <p className="text-std-16B-170 text-error-2">{fieldError(error, 'pledgesAccepted', lang)}</p>}
          </div>
          <div><button type="submit" className="dads-button-primary">{o('reportSubmit')}</button></div>
        </form>
      )}
    </div>
  );
}
