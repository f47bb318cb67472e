import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { bilingualIsoDate, describeDocument, DOCUMENT_KIND_RULES, type DescribedRow } from '../../../domain/verification/index.js';
import type { Bilingual } from '../../../domain/validation/field-errors.js';
import { countryName } from './country-name.js';
import type { VerificationResult } from './verify-api.js';

const JST_TIME = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

/** The answer of a check (R-PLUS-1): genuine and valid with the minimum data, or not valid with the reason. */
export const ResultPanel = forwardRef<HTMLElement, { result: VerificationResult }>(function ResultPanel({ result }, ref) {
  const { t, i18n } = useTranslation();
  const pick = (text: Bilingual) => (i18n.resolvedLanguage === 'en' ? text.en : text.ja);
  const doc = result.document;
  const isGenuine = result.outcome === 'GENUINE';
  const rows: DescribedRow[] = [];
  if (doc) {
    rows.push({ label: { ja: t('verification.result.documentNumber'), en: t('verification.result.documentNumber') }, value: { ja: doc.number, en: doc.number } });
    if (doc.subject) rows.push(...describeDocument({ kind: doc.kind, subject: doc.subject, validUntil: doc.validUntil }, countryName));
    else rows.push({ label: { ja: '文書の種類', en: 'Document' }, value: DOCUMENT_KIND_RULES[doc.kind].title });
    rows.push({ label: { ja: t('verification.result.issuedOn'), en: t('verification.result.issuedOn') }, value: bilingualIsoDate(doc.issuedOn) });
  }
  rows.push({ label: { ja: t('verification.result.checkedAt'), en: t('verification.result.checkedAt') }, value: { ja: `${JST_TIME.format(new Date(result.checkedAt))} JST`, en: `${JST_TIME.format(new Date(result.checkedAt))} JST` } });

  const reason = (() => {
    if (isGenuine || !result.reason) return undefined;
    if (result.reason === 'EXPIRED') {
      return doc?.validUntil ? t('verification.result.reasons.EXPIRED', { date: pick(bilingualIsoDate(doc.validUntil)) }) : t('verification.result.reasons.EXPIRED_UNDATED');
    }
    return t(`verification.result.reasons.${result.reason}`);
  })();

  return (
    <section ref={ref} tabIndex={-1} aria-labelledby="verification-result-heading" className="mt-8 outline-none">
      <h2 id="verification-result-heading" className="sr-only">{t('verification.result.heading')}</h2>
      <div className={`rounded-8 border-l-8 p-4 md:p-6 ${isGenuine ? 'border-success-1 bg-green-50' : 'border-error-1 bg-red-50'}`}>
        <p className={`text-std-24B-150 ${isGenuine ? 'text-success-2' : 'text-error-2'}`}>
          {isGenuine ? t('verification.result.genuine') : t('verification.result.notValid')}
        </p>
        <p className="mt-2 text-std-16N-170 text-solid-gray-900">{isGenuine ? t('verification.result.genuineLead') : reason}</p>
      </div>
      <dl className="mt-4 grid grid-cols-1 gap-x-6 border-t border-solid-gray-420 md:grid-cols-[minmax(0,16rem)_1fr]">
        {rows.map((row) => (
          <div key={row.label.en} className="contents">
            <dt className="pt-3 text-std-16B-170 text-solid-gray-800 md:border-b md:border-solid-gray-420 md:pb-3">{pick(row.label)}</dt>
            <dd className="border-b border-solid-gray-420 pb-3 text-std-16N-170 break-words text-solid-gray-900 md:pt-3">{pick(row.value)}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-std-16N-170 text-solid-gray-700">{t('verification.result.offline', { keysUrl: '/api/v1/verification/keys' })}</p>
    </section>
  );
});
