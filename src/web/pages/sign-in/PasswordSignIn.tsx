import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { WEB_PATHS } from '../../paths.js';
import { apiGet, apiPost, type ApiError, type Enrolment, type SessionInfo } from './auth-api.js';
import { ErrorSummary, TextField } from './form-parts.js';
import { TotpEnrolment } from './TotpEnrolment.js';

type Step = 'CREDENTIALS' | 'SECOND_FACTOR' | 'ENROL_SECOND_FACTOR';

/** 認証ID + password, then the TOTP code — or, at the first sign-in, the authenticator enrolment (R-AUTH-6). */
export function PasswordSignIn({ afterSignIn }: { afterSignIn: string }) {
  const [step, setStep] = useState<Step>('CREDENTIALS');
  const navigate = useNavigate();
  const done = () => navigate(afterSignIn);
  switch (step) {
    case 'CREDENTIALS':
      return <CredentialsForm onNext={(next) => (next === 'ACTIVE' ? done() : setStep(next))} />;
    case 'SECOND_FACTOR':
      return <CodeForm onDone={done} />;
    case 'ENROL_SECOND_FACTOR':
      return <EnrolOnFirstSignIn onDone={done} />;
  }
}

function CredentialsForm({ onNext }: { onNext: (next: Step | 'ACTIVE') => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [authId, setAuthId] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await apiPost<{ next: Step | 'ACTIVE' }>('/api/v1/sign-in', { authId, password });
    setBusy(false);
    if (result.ok) onNext(result.data.next);
    else setError(result.error);
  };
  return (
    <form onSubmit={submit} noValidate className="mt-6 flex flex-col gap-6">
      <ErrorSummary error={error} />
      <TextField id={`${id}-auth-id`} label={t('auth.authId.label')} hint={t('auth.authId.hint')} autoComplete="username" autoCapitalize="characters" spellCheck={false} value={authId} onChange={(e) => setAuthId(e.target.value)} />
      <TextField id={`${id}-password`} label={t('auth.password.label')} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <div>
        <button type="submit" className="dads-button-primary" disabled={busy}>{t('auth.signIn.submit')}</button>
      </div>
      <ul className="flex flex-col gap-2">
        <li><Link className="dads-link" to={WEB_PATHS.forgotPassword}>{t('auth.signIn.forgotPassword')}</Link></li>
        <li><Link className="dads-link" to={WEB_PATHS.forgotAuthId}>{t('auth.signIn.forgotAuthId')}</Link></li>
      </ul>
    </form>
  );
}

function CodeForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [code, setCode] = useState('');
  const [error, setError] = useState<ApiError>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await apiPost<SessionInfo>('/api/v1/sign-in/second-factor', { code });
    if (result.ok) onDone();
    else setError(result.error);
  };
  return (
    <form onSubmit={submit} noValidate className="mt-6 flex flex-col gap-6">
      <ErrorSummary error={error} />
      <TextField id={`${id}-code`} label={t('auth.code.label')} hint={t('auth.code.hint')} inputMode="numeric" autoComplete="one-time-code" autoFocus value={code} onChange={(e) => setCode(e.target.value)} />
      <div>
        <button type="submit" className="dads-button-primary">{t('auth.code.submit')}</button>
      </div>
    </form>
  );
}

function EnrolOnFirstSignIn({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [enrolment, setEnrolment] = useState<Enrolment>();
  const [error, setError] = useState<ApiError>();
  useEffect(() => {
    void apiGet<Enrolment>('/api/v1/sign-in/second-factor/enrolment').then((r) => (r.ok ? setEnrolment(r.data) : setError(r.error)));
  }, []);
  const confirm = async (code: string) => {
    const result = await apiPost<SessionInfo>('/api/v1/sign-in/second-factor/enrolment', { code });
    if (result.ok) onDone();
    return result.ok ? undefined : result.error;
  };
  return (
    <section aria-labelledby="enrol-heading" className="mt-6">
      <h2 id="enrol-heading" className="text-std-24B-150">{t('auth.enrol.heading')}</h2>
      <p className="mt-2">{t('auth.enrol.lead')}</p>
      <ErrorSummary error={error} />
      {enrolment && <TotpEnrolment enrolment={enrolment} onConfirm={confirm} />}
    </section>
  );
}
