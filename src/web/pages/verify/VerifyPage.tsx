import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTROL_CLASS, FormField } from '../../components/FormField.js';
import { PageTitle } from '../../components/PageTitle.js';
import { messageIn, type ApiError } from '../sign-in/auth-api.js';
import { ResultPanel } from './ResultPanel.js';
import { checkByNumber, checkByPayload, payloadFromFragment, type CheckOutcome, type VerificationResult } from './verify-api.js';

type Form = 'number' | 'payload';
type FieldErrors = Partial<Record<'number' | 'code' | 'payload', string>>;

/**
 * R-PLUS-1: the public verification page, open from abroad (R-OPS-1). A third party types the document number and
 * verification code, or pastes the QR code's content; a phone camera scanning the QR code opens this page with the
 * signed payload in the fragment, which is checked at once and then removed from the address bar.
 */
export function VerifyPage() {
  const { t, i18n } = useTranslation();
  const [number, setNumber] = useState('');
  const [code, setCode] = useState('');
  const [payload, setPayload] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<VerificationResult>();
  const [failure, setFailure] = useState<{ form: Form; error: ApiError }>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const resultRef = useRef<HTMLElement>(null);
  const fragmentChecked = useRef(false);

  const settle = (form: Form, outcome: CheckOutcome) => {
    setBusy(false);
    if (outcome.ok) {
      setFailure(undefined);
      setResult(outcome.result);
    } else {
      setResult(undefined);
      setFailure({ form, error: outcome.error });
      const fields: FieldErrors = {};
      for (const f of outcome.error.fields) if (f.path === 'number' || f.path === 'code' || f.path === 'payload') fields[f.path] = messageIn(f.message, i18n.resolvedLanguage);
      setErrors(fields);
    }
  };

  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  // For the address the page was opened with, and for a scanned code opened while the page is showing.
  useEffect(() => {
    const checkFragment = () => {
      const scanned = payloadFromFragment(window.location.hash);
      if (!scanned) return;
      window.history.replaceState(window.history.state, '', window.location.pathname);
      setPayload(scanned);
      setBusy(true);
      void checkByPayload(scanned).then((outcome) => settle('payload', outcome));
    };
    // StrictMode runs effects twice in development: check the opening address once.
    if (!fragmentChecked.current) {
      fragmentChecked.current = true;
      checkFragment();
    }
    window.addEventListener('hashchange', checkFragment);
    return () => window.removeEventListener('hashchange', checkFragment);
  }, []);

  const submitNumber = async (event: FormEvent) => {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!number.trim()) missing.number = t('verification.errors.numberRequired');
    if (!code.trim()) missing.code = t('verification.errors.codeRequired');
    setErrors(missing);
    if (missing.number || missing.code) {
      document.getElementById(missing.number ? 'verify-number' : 'verify-code')?.focus();
      return;
    }
    setBusy(true);
    settle('number', await checkByNumber(number, code));
  };

  const submitPayload = async (event: FormEvent) => {
    event.preventDefault();
    if (!payload.trim()) {
      setErrors({ payload: t('verification.errors.payloadRequired') });
      document.getElementById('verify-payload')?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    settle('payload', await checkByPayload(payload));
  };

  const problem = (form: Form) =>
    failure?.form === form && failure.error.fields.length === 0 ? (
      <p role="alert" className="rounded-8 border-2 border-error-1 bg-white p-4 text-std-16B-170 text-error-2">{messageIn(failure.error.message, i18n.resolvedLanguage)}</p>
    ) : null;

  return (
    <>
      <PageTitle page={t('verification.title')} />
      <h1 className="text-std-32B-150 text-solid-gray-900 md:text-std-36B-140">{t('verification.heading')}</h1>
      <p className="mt-4 max-w-200 text-std-16N-170">{t('verification.lead')}</p>
      <p className="mt-2 max-w-200 text-std-16N-170">{t('verification.scanHint')}</p>
      <p role="status" className="mt-4 text-std-16N-170">{busy ? t('verification.checking') : ''}</p>
      {result && <ResultPanel ref={resultRef} result={result} />}

      <section aria-labelledby="verify-by-number" className="mt-10 border-t border-solid-gray-420 pt-8">
        <h2 id="verify-by-number" className="text-std-24B-150 text-solid-gray-900">{t('verification.byNumber.heading')}</h2>
        <form onSubmit={(e) => void submitNumber(e)} noValidate className="mt-4 flex max-w-160 flex-col gap-6">
          {problem('number')}
          <FormField id="verify-number" label={t('verification.byNumber.number')} hint={t('verification.byNumber.numberHint')} required error={errors.number}>
            {(control) => <input {...control} type="text" autoComplete="off" autoCapitalize="characters" spellCheck={false} className={CONTROL_CLASS} value={number} onChange={(e) => setNumber(e.target.value)} />}
          </FormField>
          <FormField id="verify-code" label={t('verification.byNumber.code')} hint={t('verification.byNumber.codeHint')} required error={errors.code}>
            {(control) => <input {...control} type="text" autoComplete="off" autoCapitalize="characters" spellCheck={false} className={CONTROL_CLASS} value={code} onChange={(e) => setCode(e.target.value)} />}
          </FormField>
          <div>
            <button type="submit" className="dads-button-primary" disabled={busy}>{t('verification.byNumber.submit')}</button>
          </div>
        </form>
      </section>

      <section aria-labelledby="verify-by-payload" className="mt-10 border-t border-solid-gray-420 pt-8">
        <h2 id="verify-by-payload" className="text-std-24B-150 text-solid-gray-900">{t('verification.byPayload.heading')}</h2>
        <form onSubmit={(e) => void submitPayload(e)} noValidate className="mt-4 flex max-w-160 flex-col gap-6">
          {problem('payload')}
          <FormField id="verify-payload" label={t('verification.byPayload.payload')} hint={t('verification.byPayload.payloadHint')} required error={errors.payload}>
            {(control) => <textarea {...control} rows={4} spellCheck={false} className={`${CONTROL_CLASS} break-all`} value={payload} onChange={(e) => setPayload(e.target.value)} />}
          </FormField>
          <div>
            <button type="submit" className="dads-button-primary" disabled={busy}>{t('verification.byPayload.submit')}</button>
          </div>
        </form>
      </section>
    </>
  );
}
