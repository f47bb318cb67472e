import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPost, type ApiError, type Enrolment } from '../sign-in/auth-api.js';
import { ErrorSummary, fieldError, Notice, TextField } from '../sign-in/form-parts.js';
import { TotpEnrolment } from '../sign-in/TotpEnrolment.js';

/** Changing password, email or authenticator needs the password again within 5 minutes (R-AUTH-8). */
export function AccountSecurity({ authId, onChanged }: { authId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const [validUntil, setValidUntil] = useState<string>();
  return (
    <div className="flex flex-col gap-8">
      {!validUntil || Date.parse(validUntil) < Date.now() ? (
        <Reauthenticate authId={authId} onDone={setValidUntil} />
      ) : (
        <>
          <Notice>{t('account.security.unlocked')}</Notice>
          <ChangePassword authId={authId} onChanged={onChanged} />
          <ChangeEmail />
          <ReplaceAuthenticator onChanged={onChanged} />
        </>
      )}
    </div>
  );
}

function Panel({ heading, children }: { heading: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="rounded-12 border border-solid-gray-420 p-4 md:p-6">
      <h3 id={id} className="text-std-20B-150">{heading}</h3>
      <div className="mt-4">{children}</div>
    </section>
  );
}

function usePost<T>() {
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState(false);
  const post = async (url: string, body: unknown): Promise<T | undefined> => {
    const result = await apiPost<T>(url, body);
    setError(result.ok ? undefined : result.error);
    setDone(result.ok);
    return result.ok ? result.data : undefined;
  };
  return { error, done, post };
}

function Reauthenticate({ authId, onDone }: { authId: string; onDone: (validUntil: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [password, setPassword] = useState('');
  const { error, post } = usePost<{ validUntil: string }>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const data = await post('/api/v1/account/reauthenticate', { password });
    if (data) onDone(data.validUntil);
  };
  return (
    <Panel heading={t('account.security.reauthHeading')}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <p>{t('account.security.reauthLead')}</p>
        <ErrorSummary error={error} />
        <input type="text" name="username" autoComplete="username" value={authId} readOnly hidden />
        <TextField id={`${id}-password`} label={t('auth.password.label')} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        <div><button type="submit" className="dads-button-primary">{t('account.security.reauthSubmit')}</button></div>
      </form>
    </Panel>
  );
}

function ChangePassword({ authId, onChanged }: { authId: string; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [newPassword, setNewPassword] = useState('');
  const { error, done, post } = usePost();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await post('/api/v1/account/password', { newPassword })) onChanged();
  };
  return (
    <Panel heading={t('account.security.passwordHeading')}>
      {done ? <Notice>{t('account.security.passwordDone')}</Notice> : (
        <form onSubmit={submit} noValidate className="flex flex-col gap-4">
          <ErrorSummary error={error} fieldIds={{ newPassword: `${id}-new` }} />
          <input type="text" name="username" autoComplete="username" value={authId} readOnly hidden />
          <TextField id={`${id}-new`} label={t('auth.newPassword.label')} hint={t('account.security.passwordHint')} type="password" autoComplete="new-password"
            value={newPassword} onChange={(e) => setNewPassword(e.target.value)} error={fieldError(error, 'newPassword', i18n.resolvedLanguage)} />
          <div><button type="submit" className="dads-button-primary">{t('auth.newPassword.submit')}</button></div>
        </form>
      )}
    </Panel>
  );
}

function ChangeEmail() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [email, setEmail] = useState('');
  const { error, done, post } = usePost();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await post('/api/v1/account/email', { email });
  };
  return (
    <Panel heading={t('account.security.emailHeading')}>
      {done ? <Notice>{t('account.security.emailSent', { email })}</Notice> : (
        <form onSubmit={submit} noValidate className="flex flex-col gap-4">
          <ErrorSummary error={error} fieldIds={{ email: `${id}-email` }} />
          <TextField id={`${id}-email`} label={t('account.security.newEmail')} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} error={fieldError(error, 'email', i18n.resolvedLanguage)} />
          <div><button type="submit" className="dads-button-primary">{t('auth.email.send')}</button></div>
        </form>
      )}
    </Panel>
  );
}

function ReplaceAuthenticator({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const [enrolment, setEnrolment] = useState<Enrolment>();
  const { error, done, post } = usePost<Enrolment>();
  const start = async () => setEnrolment(await post('/api/v1/account/second-factor/enrolment', {}));
  const confirm = async (code: string) => {
    const result = await apiPost('/api/v1/account/second-factor', { code });
    if (result.ok) {
      setEnrolment(undefined);
      onChanged();
    }
    return result.ok ? undefined : result.error;
  };
  return (
    <Panel heading={t('account.security.totpHeading')}>
      <ErrorSummary error={error} />
      {enrolment ? <TotpEnrolment enrolment={enrolment} onConfirm={confirm} /> : (
        <>
          {done && !enrolment && <Notice>{t('account.security.totpDone')}</Notice>}
          <p>{t('account.security.totpLead')}</p>
          <div className="mt-4"><button type="button" className="dads-button-outline" onClick={() => void start()}>{t('account.security.totpStart')}</button></div>
        </>
      )}
    </Panel>
  );
}
