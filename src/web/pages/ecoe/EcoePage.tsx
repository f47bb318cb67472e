import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isOneOf } from '../../../domain/eligibility/list.js';
import { getStatus, STATUS_CODES } from '../../../domain/reference/index.js';
import type { Bilingual } from '../../../domain/validation/field-errors.js';
import { bilingualIsoDate } from '../../../domain/verification/index.js';
import { PageTitle } from '../../components/PageTitle.js';
import { messageIn, tokenFromFragment, type ApiError } from '../sign-in/auth-api.js';
import { countryName } from '../verify/country-name.js';
import { downloadPdf, openEcoe, registerReceipt, type EcoeView } from './ecoe-api.js';

/**
 * R-RES-2: the page the e-COE email links to (…/ecoe/:id#token=…). Anyone holding the (forwardable) link sees the
 * COE, downloads its signed PDF and registers receipt (受領登録) once. The token stays in the fragment and the body.
 */
export function EcoePage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [token] = useState(() => tokenFromFragment(window.location.hash));
  const [view, setView] = useState<EcoeView>();
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!token) return;
    void openEcoe(id, token).then((r) => (r.ok ? setView(r.data) : setError(r.error)));
  }, [id, token]);

  const register = async () => {
    if (!token) return;
    setBusy(true);
    const r = await registerReceipt(id, token);
    setBusy(false);
    if (r.ok) {
      setView(r.data);
      setNotice(t('ecoe.registeredNow'));
    } else setError(r.error);
  };

  const pdf = async () => {
    if (!token || !view) return;
    const blob = await downloadPdf(id, token);
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `e-coe-${view.number}.pdf`;
    a.click();
    URL.revokeObjectURL(url);
  };

  const pick = (text: Bilingual) => (i18n.resolvedLanguage === 'en' ? text.en : text.ja);
  const statusName = (code: string | null) => {
    if (!code || !isOneOf(STATUS_CODES, code)) return '—';
    const status = getStatus(code);
    return pick({ ja: status.nameJa, en: status.nameEn });
  };

  return (
    <>
      <PageTitle page={t('ecoe.title')} />
      <h1 className="text-std-32B-150 text-solid-gray-900">{t('ecoe.heading')}</h1>
      <p className="mt-4 max-w-200 text-std-16N-170">{t('ecoe.intro')}</p>
      {!token && <p role="alert">{t('ecoe.missingLink')}</p>}
      {error && <p role="alert" className="rounded-8 border-2 border-error-1 bg-white p-4 text-std-16B-170 text-error-2">{messageIn(error.message, i18n.resolvedLanguage)}</p>}
      {notice && <p role="status">{notice}</p>}
      {view && (
        <section aria-labelledby="ecoe-details">
          <h2 id="ecoe-details" className="sr-only">{t('ecoe.number')}</h2>
          <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
            <dt>{t('ecoe.number')}</dt><dd>{view.number}</dd>
            <dt>{t('ecoe.code')}</dt><dd>{view.verificationCode}</dd>
            <dt>{t('ecoe.name')}</dt><dd>{view.applicantName}</dd>
            <dt>{t('ecoe.nationality')}</dt><dd>{pick(countryName(view.nationality) ?? { ja: view.nationality, en: view.nationality })}</dd>
            <dt>{t('ecoe.status')}</dt><dd>{statusName(view.status)}</dd>
            <dt>{t('ecoe.issuedOn')}</dt><dd>{pick(bilingualIsoDate(view.issuedOn))}</dd>
            <dt>{t('ecoe.validUntil')}</dt><dd>{pick(bilingualIsoDate(view.validUntil))}</dd>
          </dl>
          <p className="mt-4"><a className="underline" href={view.verificationUrl}>{t('ecoe.verify')}</a></p>
          <div className="mt-6 flex gap-4">
            <button type="button" className="dads-button-outline" onClick={() => void pdf()}>{t('ecoe.pdf')}</button>
            {view.receiptRegisteredAt
              ? <p>{t('ecoe.registered', { at: new Date(view.receiptRegisteredAt).toLocaleString(i18n.resolvedLanguage) })}</p>
              : <button type="button" className="dads-button-primary" disabled={busy} onClick={() => void register()}>{t('ecoe.register')}</button>}
          </div>
        </section>
      )}
    </>
  );
}
