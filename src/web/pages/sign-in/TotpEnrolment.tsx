import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, ErrorSummary, TextField } from './form-parts.js';
import type { ApiError, Enrolment } from './auth-api.js';

/**
 * Adding an authenticator app: the QR code (an SVG from the server, shown as an image) and the secret for
 * manual entry, then the first code to confirm (R-AUTH-6).
 */
export function TotpEnrolment({ enrolment, onConfirm }: { enrolment: Enrolment; onConfirm: (code: string) => Promise<ApiError | undefined> }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [code, setCode] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(await onConfirm(code));
    setBusy(false);
  };
  const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`;
  return (
    <form onSubmit={submit} noValidate className="mt-6 flex flex-col gap-6">
      <ErrorSummary error={error} fieldIds={{ code: `${id}-code` }} />
      <ol className="flex list-decimal flex-col gap-4 pl-6">
        <li>{t('auth.enrol.step1')}</li>
        <li>
          {t('auth.enrol.step2')}
          <img src={qr} alt={t('auth.enrol.qrAlt')} width={200} height={200} className="mt-2 border border-solid-gray-420" />
          <p className="mt-2">{t('auth.enrol.manual')}</p>
          <code className="mt-1 block break-all rounded-8 bg-solid-gray-50 p-2 font-mono text-std-17B-170" aria-label={t('auth.enrol.secretLabel')}>
            {enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
          </code>
        </li>
        <li>{t('auth.enrol.step3')}</li>
      </ol>
      <TextField
        id={`${id}-code`} label={t('auth.code.label')} hint={t('auth.code.hint')} inputMode="numeric" autoComplete="one-time-code"
        value={code} onChange={(e) => setCode(e.target.value)} error={fieldError(error, 'code', i18n.resolvedLanguage)}
      />
      <div>
        <button type="submit" className="dads-button-primary" disabled={busy}>{t('auth.enrol.submit')}</button>
      </div>
    </form>
  );
}
