import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle.js';
import { WEB_PATHS } from '../../paths.js';
import { apiPost, tokenFromFragment, type ApiError, type PasswordLink } from './auth-api.js';
import { ErrorSummary, fieldError, Notice, PageHeading, TextField } from './form-parts.js';

type State = { kind: 'checking' } | { kind: 'invalid'; error?: ApiError } | { kind: 'form'; link: PasswordLink; token: string } | { kind: 'done'; link: PasswordLink };

/** Sets a password from an emailed single-use link; the token is read from the URL fragment (#token=…). */
export function PasswordLinkPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'checking' });
  useEffect(() => {
    const token = tokenFromFragment(window.location.hash);
    if (!token) return setState({ kind: 'invalid' });
    // Drop the token from the address bar and history once read.
    window.history.replaceState(null, '', window.location.pathname);
    void apiPost<PasswordLink>('/api/v1/password/link', { token }).then((r) => setState(r.ok ? { kind: 'form', link: r.data, token } : { kind: 'invalid', error: r.error }));
  }, []);
  return (
    <>
      <PageTitle page={t('auth.passwordLink.title')} />
      <PageHeading>{t('auth.passwordLink.title')}</PageHeading>
      <div className="mt-6">
        {state.kind === 'checking' && <p role="status">{t('auth.passwordLink.checking')}</p>}
        {state.kind === 'invalid' && (
          <>
            <ErrorSummary error={state.error ?? { status: 404, error: 'NOT_FOUND', fields: [], message: { ja: t('auth.passwordLink.invalid'), en: t('auth.passwordLink.invalid') } }} />
            <p className="mt-4"><Link className="dads-link" to={WEB_PATHS.forgotPassword}>{t('auth.signIn.forgotPassword')}</Link></p>
          </>
        )}
        {state.kind === 'form' && <NewPasswordForm link={state.link} token={state.token} onDone={() => setState({ kind: 'done', link: state.link })} />}
        {state.kind === 'done' && (
          <Notice>
            <p>{t('auth.passwordLink.done', { authId: state.link.authId })}</p>
            <p className="mt-2"><Link className="dads-link" to={WEB_PATHS.signIn}>{t('auth.passwordLink.toSignIn')}</Link> / <Link className="dads-link" to={WEB_PATHS.officerSignIn}>{t('auth.passwordLink.toOfficerSignIn')}</Link></p>
          </Notice>
        )}
      </div>
    </>
  );
}

function NewPasswordForm({ link, token, onDone }: { link: PasswordLink; token: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await apiPost('/api/v1/password/complete', { token, password });
    if (result.ok) onDone();
    else setError(result.error);
  };
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-6">
      <p>{t('auth.passwordLink.for', { authId: link.authId })}</p>
      <ErrorSummary error={error} fieldIds={{ password: `${id}-password` }} />
      <input type="text" name="username" autoComplete="username" value={link.authId} readOnly hidden />
      <TextField
        id={`${id}-password`} label={t('auth.newPassword.label')} type="password" autoComplete="new-password"
        hint={t('auth.newPassword.hint', { min: link.minLength })} value={password} onChange={(e) => setPassword(e.target.value)}
        error={fieldError(error, 'password', i18n.resolvedLanguage)}
      />
      <div>
        <button type="submit" className="dads-button-primary">{t('auth.newPassword.submit')}</button>
      </div>
    </form>
  );
}
