import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PREFECTURES } from '../../../domain/reference/bureaus.js';
import type { UsageApplicationView } from '../../../server/features/usage-applications/schemas.js';
import { apiPost, messageIn, type ApiError } from '../sign-in/auth-api.js';
import { fieldError, TextField } from '../sign-in/form-parts.js';
import { jstDate, type Done, type ReviewKey } from './organisation-types.js';
import { PeriodicReportReviewSection } from './PeriodicReportReviewSection.js';
import { ReviewHold } from './ReviewHold.js';
import { ReviewQueue, type QueueCardProps } from './ReviewQueue.js';

/** R-ORG-2, R-EXAM-5: the reviewer's office decides usage applications (new and additional) and periodic reports within its jurisdiction. */
export function UsageApplicationReviewSection() {
  const { t } = useTranslation();
  return (
    <>
      <ReviewQueue<UsageApplicationView> headingId="usage-review-heading" heading={t('usageApplication.review.heading')}
        none={t('usageApplication.review.none')} url="/api/v1/usage-applications" field="applications"
        card={(row, props) => <ReviewCard row={row} {...props} />} />
      <PeriodicReportReviewSection />
    </>
  );
}

function Facts({ row }: { row: UsageApplicationView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const v = (key: ReviewKey) => t(`usageApplication.review.${key}`);
  const form = row.form;
  const extra = row.additional;
  const prefecture = form ? PREFECTURES.find((p) => p.code === form.organization.prefectureCode) : undefined;
  const staff = form?.staff ?? extra?.staff ?? [];
  const implementing = form?.implementingOrganizations ?? extra?.implementingOrganizations ?? [];
  const requesting = form?.requestingOrganization ?? extra?.requestingOrganization;
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
      <dt>{t('usageApplication.form.corporateNumber')}</dt><dd>{row.corporateNumber}</dd>
      {form && <><dt>{t('usageApplication.form.address')}</dt><dd>{prefecture ? (language === 'en' ? prefecture.nameEn : prefecture.nameJa) : form.organization.prefectureCode} {form.organization.address}</dd></>}
      {form && <><dt>{t('usageApplication.form.category')}</dt><dd>{form.organization.category} — {form.organization.categoryEvidence}</dd></>}
      <dt>{t('usageApplication.form.contactEmail')}</dt><dd>{row.contactEmail}</dd>
      {staff.length > 0 && <><dt>{t('usageApplication.form.staff')}</dt><dd>{staff.map((s) => `${s.name} <${s.email}>`).join(', ')}</dd></>}
      {implementing.length > 0 && <><dt>{t('usageApplication.form.implementing')}</dt><dd>{implementing.map((o) => o.name).join(', ')}</dd></>}
      {requesting && <><dt>{extra ? v('newRequesting') : t('usageApplication.form.requesting')}</dt><dd>{requesting.name}（{requesting.corporateNumber}）</dd></>}
    </dl>
  );
}

/** The documents (download links for the reviewer) and the exchange of requests and replies. */
function Exchange({ row }: { row: UsageApplicationView }) {
  const { t, i18n } = useTranslation();
  const v = (key: ReviewKey) => t(`usageApplication.review.${key}`);
  const documentLink = (d: UsageApplicationView['documents'][number], n: number) => (
    <a className="dads-link" href={`/api/v1/usage-applications/${row.id}/files/${d.id}`} download>
      {t(`usageApplication.documentKind.${d.kind}`)} {n}（{Math.ceil(d.sizeBytes / 1024)} KB）
    </a>
  );
  const own = row.documents.filter((d) => d.messageId === null);
  return (
    <>
      {own.length > 0 && (
        <div><h4 className="text-std-16B-170">{v('documents')}</h4>
          <ul className="list-disc pl-6">{own.map((d, i) => <li key={d.id}>{documentLink(d, i + 1)}</li>)}</ul>
        </div>
      )}
      {row.messages.length > 0 && (
        <div><h4 className="text-std-16B-170">{v('exchange')}</h4>
          <ol className="flex flex-col gap-2 pl-0">
            {row.messages.map((m) => (
              <li key={m.id} className="list-none border-l-4 border-solid-gray-300 pl-3">
                <p className="font-bold">{t(`usageApplication.messageKind.${m.kind}`)} — {jstDate(m.createdAt, i18n.resolvedLanguage)}</p>
                <p className="whitespace-pre-wrap">{m.body}</p>
                <ul className="list-disc pl-6">{row.documents.filter((d) => d.messageId === m.id).map((d, i) => <li key={d.id}>{documentLink(d, i + 1)}</li>)}</ul>
              </li>
            ))}
          </ol>
        </div>
      )}
    </>
  );
}

function ReviewCard({ row, onDone, onChanged, onError }: { row: UsageApplicationView } & QueueCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const id = useId();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<ApiError>();
  const decide = async (action: 'approve' | 'reject' | 'request-more') => {
    const body = action === 'reject' ? { reason: note } : action === 'request-more' ? { request: note } : undefined;
    const result = await apiPost<Done>(`/api/v1/usage-applications/${row.id}/${action}`, body);
    if (result.ok) return onDone(result.data);
    if (action === 'approve') onError(result.error);
    else setNoteError(result.error);
  };
  const noteMessage = noteError ? (fieldError(noteError, 'reason', language) ?? fieldError(noteError, 'request', language) ?? messageIn(noteError.message, language)) : undefined;
  return (
    <article id={`usage-application-${row.id}`} className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4" aria-label={row.organizationName}>
      <h3 className="text-std-17B-170">{row.organizationName} — {t(`usageApplication.type.${row.type}`)}（{t(`usageApplication.kind.${row.kind}`)}）</h3>
      <ReviewHold path="usage-applications" id={row.id} holder={row.holder} onChanged={onChanged} onError={onError} />
      {row.status === 'MORE_INFORMATION_REQUESTED' && <p>{t('usageApplication.review.moreRequested')}</p>}
      <Facts row={row} />
      <Exchange row={row} />
      <div><button type="button" className="dads-button-primary" onClick={() => void decide('approve')}>{t('usageApplication.review.approve')}</button></div>
      <TextField id={`${id}-note`} label={t('usageApplication.review.note')} required={false} value={note} onChange={(e) => setNote(e.target.value)} error={noteMessage} />
      <div className="flex gap-4">
        <button type="button" className="dads-button-outline" onClick={() => void decide('request-more')}>{t('usageApplication.review.requestMore')}</button>
        <button type="button" className="dads-button-outline" onClick={() => void decide('reject')}>{t('usageApplication.review.reject')}</button>
      </div>
    </article>
  );
}
