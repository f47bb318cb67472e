import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodicReportView } from '../../../server/features/usage-applications/schemas.js';
import { apiPost, messageIn, type ApiError } from '../sign-in/auth-api.js';
import { fieldError, TextField } from '../sign-in/form-parts.js';
import { jstDate, type Done } from './organisation-types.js';
import { ReviewHold } from './ReviewHold.js';
import { ReviewQueue, type QueueCardProps } from './ReviewQueue.js';

/** R-ORG-3, R-EXAM-5: periodic reports waiting in the reviewer's office: approve (renews the 認証IDs) or reject with a reason. */
export function PeriodicReportReviewSection() {
  const { t } = useTranslation();
  return (
    <ReviewQueue<PeriodicReportView> headingId="periodic-review-heading" heading={t('usageApplication.periodicReview.heading')}
      none={t('usageApplication.periodicReview.none')} url="/api/v1/periodic-reports" field="reports"
      card={(report, props) => <ReportCard report={report} {...props} />} />
  );
}

function ReportCard({ report, onDone, onChanged, onError }: { report: PeriodicReportView } & QueueCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const id = useId();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<ApiError>();
  const decide = async (action: 'approve' | 'reject') => {
    const result = await apiPost<Done>(`/api/v1/periodic-reports/${report.id}/${action}`, action === 'reject' ? { reason } : undefined);
    if (result.ok) return onDone(result.data);
    if (action === 'approve') onError(result.error);
    else setReasonError(result.error);
  };
  const p = (key: 'filedBy' | 'activities' | 'staff' | 'inService' | 'notInService' | 'approve' | 'reject' | 'reason' | 'filedOn') => t(`usageApplication.periodicReview.${key}`);
  const label = `${report.organizationName}${report.requestingOrganization ? `（${report.requestingOrganization}）` : ''}`;
  return (
    <article id={`periodic-report-${report.id}`} className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4" aria-label={label}>
      <h3 className="text-std-17B-170">{label} — {t(`usageApplication.type.${report.type}`)}</h3>
      <ReviewHold path="periodic-reports" id={report.id} holder={report.holder} onChanged={onChanged} onError={onError} />
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt>{t('usageApplication.form.corporateNumber')}</dt><dd>{report.corporateNumber}</dd>
        <dt>{p('filedBy')}</dt><dd>{report.filedBy.name} &lt;{report.filedBy.email}&gt;</dd>
        <dt>{p('filedOn')}</dt><dd>{jstDate(report.createdAt, language)}</dd>
        <dt>{p('activities')}</dt><dd className="whitespace-pre-wrap">{report.activities}</dd>
        <dt>{p('staff')}</dt>
        <dd><ul className="list-disc pl-6">{report.staff.map((s) => <li key={s.accountId}>{s.name} &lt;{s.email}&gt; — {s.inService ? p('inService') : p('notInService')}</li>)}</ul></dd>
      </dl>
      <div><button type="button" className="dads-button-primary" onClick={() => void decide('approve')}>{p('approve')}</button></div>
      <TextField id={`${id}-reason`} label={p('reason')} required={false} value={reason} onChange={(e) => setReason(e.target.value)}
        error={reasonError ? (fieldError(reasonError, 'reason', language) ?? messageIn(reasonError.message, language)) : undefined} />
      <div><button type="button" className="dads-button-outline" onClick={() => void decide('reject')}>{p('reject')}</button></div>
    </article>
  );
}
