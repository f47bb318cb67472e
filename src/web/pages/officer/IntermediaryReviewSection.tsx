import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PREFECTURES } from '../../../domain/reference/bureaus.js';
import { apiGet, apiPost, messageIn, type ApiError } from '../sign-in/auth-api.js';
import { ErrorSummary, fieldError, Notice, TextField } from '../sign-in/form-parts.js';

interface Pending {
  id: string;
  profession: 'LAWYER' | 'SCRIVENER';
  fullName: string;
  fullNameKana: string;
  email: string;
  phone: string;
  associationName: string;
  registrationNumber: string;
  officeName: string;
  postalCode: string;
  prefectureCode: string;
  officeAddress: string;
}
type Done = { ok: true; message?: { ja: string; en: string } };

/** R-AUTH-5: the officer's office reviews the registrations of 弁護士・行政書士 as 申請等取次者. */
export function IntermediaryReviewSection() {
  const { t, i18n } = useTranslation();
  const [rows, setRows] = useState<Pending[]>();
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState<string>();
  const load = useCallback(() => {
    void apiGet<{ registrations: Pending[] }>('/api/v1/officer/intermediary-registrations').then((r) => (r.ok ? setRows(r.data.registrations) : setError(r.error)));
  }, []);
  useEffect(load, [load]);
  const decided = (message: string) => {
    setNotice(message);
    setError(undefined);
    load();
  };
  return (
    <section className="mt-8 flex flex-col gap-4" aria-labelledby="intermediary-review-heading">
      <h2 id="intermediary-review-heading" className="text-std-24B-150">{t('intermediary.review.heading')}</h2>
      <ErrorSummary error={error} />
      {notice && <Notice><p>{notice}</p></Notice>}
      {rows?.length === 0 && <p>{t('intermediary.review.none')}</p>}
      {rows?.map((row) => (
        <ReviewCard key={row.id} row={row} language={i18n.resolvedLanguage} onDone={(d) => decided(d.message ? messageIn(d.message, i18n.resolvedLanguage) : '')} onError={setError} />
      ))}
    </section>
  );
}

function ReviewCard({ row, language, onDone, onError }: { row: Pending; language: string | undefined; onDone: (d: Done) => void; onError: (e: ApiError) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<ApiError>();
  const prefecture = PREFECTURES.find((p) => p.code === row.prefectureCode);
  const decide = async (action: 'approve' | 'reject') => {
    const result = await apiPost<Done>(`/api/v1/officer/intermediary-registrations/${row.id}/${action}`, action === 'reject' ? { reason } : undefined);
    if (result.ok) return onDone(result.data);
    if (action === 'reject') setReasonError(result.error);
    else onError(result.error);
  };
  return (
    <article className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4" aria-label={row.fullName}>
      <h3 className="text-std-17B-170">{row.fullName}（{row.fullNameKana}） — {t(`intermediary.register.${row.profession}`)}</h3>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt>{t('intermediary.review.registrationNumber')}</dt><dd>{row.registrationNumber}</dd>
        <dt>{t('intermediary.review.association')}</dt><dd>{row.associationName}</dd>
        <dt>{t('intermediary.review.office')}</dt>
        <dd>{row.officeName} 〒{row.postalCode} {prefecture ? (language === 'en' ? prefecture.nameEn : prefecture.nameJa) : row.prefectureCode} {row.officeAddress}</dd>
        <dt>{t('intermediary.review.contact')}</dt><dd>{row.email} / {row.phone}</dd>
      </dl>
      <div><button type="button" className="dads-button-primary" onClick={() => void decide('approve')}>{t('intermediary.review.approve')}</button></div>
      <TextField id={`${id}-reason`} label={t('intermediary.review.reason')} required={false} value={reason} onChange={(e) => setReason(e.target.value)}
        error={fieldError(reasonError, 'reason', language) ?? (reasonError ? messageIn(reasonError.message, language) : undefined)} />
      <div><button type="button" className="dads-button-outline" onClick={() => void decide('reject')}>{t('intermediary.review.reject')}</button></div>
    </article>
  );
}
