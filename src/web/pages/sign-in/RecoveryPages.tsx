import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle.js';
import { apiPost, messageIn, type ApiError, type Bilingual } from './auth-api.js';
import { ErrorSummary, fieldError, Notice, PageHeading, TextField } from './form-parts.js';

type Kind = 'password' | 'authId';

/** R-AUTH-7: ask for an email; the answer is the same whether or not it is registered. */
function EmailRecovery({ kind }: { kind: Kind }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<ApiError>();
  const [sent, setSent] = useState<Bilingual>();
  const keys = kind === 'password' ? 'auth.forgotPassword' : 'auth.forgotAuthId';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await apiPost<{ ok: true; message: Bilingual }>(kind === 'password' ? '/api/v1/password/forgot' : '/api/v1/auth-id/forgot', { email });
    if (result.ok) setSent(result.data.message);
    else setError(result.error);
  };
  return (
    <>
      <PageTitle page={t(`${keys}.title`)} />
      <PageHeading>{t(`${keys}.title`)}</PageHeading>
      <p className="mt-4 max-w-200">{t(`${keys}.lead`)}</p>
      {sent ? (
        <div className="mt-6"><Notice>{messageIn(sent, i18n.resolvedLanguage)}</Notice></div>
      ) : (
        <form onSubmit={submit} noValidate className="mt-6 flex flex-col gap-6">
          <ErrorSummary error={error} fieldIds={{ email: `${id}-email` }} />
          <TextField id={`${id}-email`} label={t('auth.email.label')} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} error={fieldError(error, 'email', i18n.resolvedLanguage)} />
          <div>
            <button type="submit" className="dads-button-primary">{t('auth.email.send')}</button>
          </div>
        </form>
      )}
    </>
  );
}

export function ForgotPasswordPage() {
  return <EmailRecovery kind="password" />;
}

export function ForgotAuthIdPage() {
  return <EmailRecovery kind="authId" />;
}
