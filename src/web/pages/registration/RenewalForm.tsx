import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost, type ApiError } from '../sign-in/auth-api.js';
import { ErrorSummary, Notice, TextField } from '../sign-in/form-parts.js';

/** R-AUTH-4: a renewed card of a registered person: 認証ID + password, then the emailed code, re-bind the account. */
export function RenewalForm({ checkId, onDone }: { checkId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [authId, setAuthId] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<ApiError>();
  const start = async (event: FormEvent) => {
    event.preventDefault();
    const result = await apiPost('/api/v1/registration/renewal/start', { checkId, authId, password });
    setError(result.ok ? undefined : result.error);
    if (result.ok) setSent(true);
  };
  const complete = async (event: FormEvent) => {
    event.preventDefault();
    const result = await apiPost('/api/v1/registration/renewal/complete', { checkId, code });
    if (result.ok) onDone();
    else setError(result.error);
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-4">
      <h2 id={`${id}-heading`} className="text-std-24B-150">{t('individual.register.renewalHeading')}</h2>
      <p>{t('individual.register.renewalLead')}</p>
      <ErrorSummary error={error} />
      {!sent ? (
        <form onSubmit={start} noValidate className="flex flex-col gap-6">
          <TextField id={`${id}-auth-id`} label={t('auth.authId.label')} autoComplete="username" value={authId} onChange={(e) => setAuthId(e.target.value)} />
          <TextField id={`${id}-password`} label={t('auth.password.label')} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          <div><button type="submit" className="dads-button-primary">{t('individual.register.renewalSend')}</button></div>
        </form>
      ) : (
        <form onSubmit={complete} noValidate className="flex flex-col gap-6">
          <Notice><p>{t('individual.register.codeSent')}</p></Notice>
          <TextField id={`${id}-code`} label={t('individual.register.code')} inputMode="numeric" autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.target.value)} />
          <div><button type="submit" className="dads-button-primary">{t('individual.register.renewalComplete')}</button></div>
        </form>
      )}
    </section>
  );
}
