import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle.js';
import { WEB_PATHS } from '../../paths.js';
import { apiPost, tokenFromFragment, type ApiError } from '../sign-in/auth-api.js';
import { ErrorSummary, fieldError, Notice, PageHeading, TextField } from '../sign-in/form-parts.js';

type State = { kind: 'form'; token: string } | { kind: 'invalid' } | { kind: 'done' };

/** From the approval email (R-ORG-2): set the password; the 認証ID is then emailed. The token stays in the fragment. */
export function OrgStaffPasswordPage() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [state, setState] = useState<State>(() => {
    const token = tokenFromFragment(window.location.hash);
    return token ? { kind: 'form', token } : { kind: 'invalid' };
  });
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError>();
  useEffect(() => {
    // Drop the token from the address bar and history once read.
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
  }, []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (state.kind !== 'form') return;
    const result = await apiPost('/api/v1/usage-applications/staff-password', { token: state.token, password });
    if (result.ok) setState({ kind: 'done' });
    else setError(result.error);
  };
  return (
    <>
      <PageTitle page={t('usageApplication.password.title')} />
      <PageHeading>{t('usageApplication.password.title')}</PageHeading>
      <div className="mt-6">
        {state.kind === 'invalid' && <p role="alert">{t('usageApplication.password.invalid')}</p>}
        {state.kind === 'form' && (
          <form onSubmit={submit} noValidate className="flex flex-col gap-6">
            <ErrorSummary error={error} fieldIds={{ password: `${id}-password` }} />
            <TextField id={`${id}-password`} label={t('usageApplication.password.label')} hint={t('usageApplication.password.hint')} type="password" autoComplete="new-password"
              value={password} onChange={(e) => setPassword(e.target.value)} error={fieldError(error, 'password', i18n.resolvedLanguage)} />
            <div><button type="submit" className="dads-button-primary">{t('usageApplication.password.submit')}</button></div>
          </form>
        )}
        {state.kind === 'done' && (
          <Notice>
            <p>{t('usageApplication.password.done')}</p>
            <p className="mt-2"><Link className="dads-link" to={WEB_PATHS.signIn}>{t('usageApplication.password.toSignIn')}</Link></p>
          </Notice>
        )}
      </div>
    </>
  );
}
