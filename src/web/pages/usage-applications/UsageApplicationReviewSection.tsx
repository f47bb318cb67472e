import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PREFECTURES } from '../../../domain/reference/bureaus.js';
import type { OrganizationType, UsageApplicationForm } from '../../../domain/organizations/usage-application.js';
import { apiGet, apiPost, messageIn, type ApiError } from '../sign-in/auth-api.js';
import { ErrorSummary, fieldError, Notice, TextField } from '../sign-in/form-parts.js';

interface Pending {
  id: string;
  status: 'PENDING' | 'MORE_INFORMATION_REQUESTED';
  organizationName: string;
  corporateNumber: string;
  type: OrganizationType;
  contactEmail: string;
  form: UsageApplicationForm;
}
type Done = { ok: true; message?: { ja: string; en: string } };

/** R-ORG-2: the reviewer's office approves, rejects or asks for more on the usage applications within its jurisdiction. */
export function UsageApplicationReviewSection() {
  const { t, i18n } = useTranslation();
  const [rows, setRows] = useState<Pending[]>();
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState<string>();
  const load = useCallback(() => {
    void apiGet<{ applications: Pending[] }>('/api/v1/usage-applications').then((r) => (r.ok ? setRows(r.data.applications) : setError(r.error)));
  }, []);
  useEffect(load, [load]);
  const decided = (d: Done) => {
    setNotice(d.message ? messageIn(d.message, i18n.resolvedLanguage) : '');
    setError(undefined);
    load();
  };
  return (
    <section className="mt-8 flex flex-col gap-4" aria-labelledby="usage-review-heading">
      <h2 id="usage-review-heading" className="text-std-24B-150">{t('usageApplication.review.heading')}</h2>
      <ErrorSummary error={error} />
      {notice && <Notice><p>{notice}</p></Notice>}
      {rows?.length === 0 && <p>{t('usageApplication.review.none')}</p>}
      {rows?.map((row) => <ReviewCard key={row.id} row={row} language={i18n.resolvedLanguage} onDone={decided} onError={setError} />)}
    </section>
  );
}

function ReviewCard({ row, language, onDone, onError }: { row: Pending; language: string | undefined; onDone: (d: Done) => void; onError: (e: ApiError) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<ApiError>();
  const { organization } = row.form;
  const prefecture = PREFECTURES.find((p) => p.code === organization.prefectureCode);
  const decide = async (action: 'approve' | 'reject' | 'request-more') => {
    const body = action === 'reject' ? { reason: note } : action === 'request-more' ? { request: note } : undefined;
    const result = await apiPost<Done>(`/api/v1/usage-applications/${row.id}/${action}`, body);
    if (result.ok) return onDone(result.data);
    if (action === 'approve') onError(result.error);
    else setNoteError(result.error);
  };
  const noteMessage = noteError ? (fieldError(noteError, 'reason', language) ?? fieldError(noteError, 'request', language) ?? messageIn(noteError.message, language)) : undefined;
  return (
    <article className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4" aria-label={row.organizationName}>
      <h3 className="text-std-17B-170">{row.organizationName} — {t(`usageApplication.type.${row.type}`)}</h3>
      {row.status === 'MORE_INFORMATION_REQUESTED' && <p>{t('usageApplication.review.moreRequested')}</p>}
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt>{t('usageApplication.form.corporateNumber')}</dt><dd>{row.corporateNumber}</dd>
        <dt>{t('usageApplication.form.address')}</dt><dd>{prefecture ? (language === 'en' ? prefecture.nameEn : prefecture.nameJa) : organization.prefectureCode} {organization.address}</dd>
        <dt>{t('usageApplication.form.category')}</dt><dd>{organization.category} — {organization.categoryEvidence}</dd>
        <dt>{t('usageApplication.form.contactEmail')}</dt><dd>{row.contactEmail}</dd>
        <dt>{t('usageApplication.form.staff')}</dt><dd>{row.form.staff.map((s) => `${s.name} <${s.email}>`).join(', ')}</dd>
        {row.form.implementingOrganizations && <><dt>{t('usageApplication.form.implementing')}</dt><dd>{row.form.implementingOrganizations.map((o) => o.name).join(', ')}</dd></>}
        {row.form.requestingOrganization && <><dt>{t('usageApplication.form.requesting')}</dt><dd>{row.form.requestingOrganization.name}（{row.form.requestingOrganization.corporateNumber}）</dd></>}
      </dl>
      <div><button type="button" className="dads-button-primary" onClick={() => void decide('approve')}>{t('usageApplication.review.approve')}</button></div>
      <TextField id={`${id}-note`} label={t('usageApplication.review.note')} required={false} value={note} onChange={(e) => setNote(e.target.value)} error={noteMessage} />
      <div className="flex gap-4">
        <button type="button" className="dads-button-outline" onClick={() => void decide('request-more')}>{t('usageApplication.review.requestMore')}</button>
        <button type="button" className="dads-button-outline" onClick={() => void decide('reject')}>{t('usageApplication.review.reject')}</button>
      </div>
    </article>
  );
}
