import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle.js';
import { apiPost, tokenFromFragment, type ApiError } from './auth-api.js';
import { ErrorSummary, fieldError, Notice, PageHeading, TextField } from './form-parts.js';

/** Where each kind of account keeps the page's texts (title, invalid, label, hint, submit, done, toSignIn). */
export type FirstPasswordTexts = 'individual.password' | 'intermediary.password' | 'usageApplication.password';

type State = { kind: 'form'; token: string } | { kind: 'invalid' } | { kind: 'done' };

/**
 * The page an approval email links to: set the first password; the server then emails the 認証ID.
 * The single-use token travels in the URL fragment (never sent to a server log) and is dropped once read.
 * Individuals (R-AUTH-4), lawyers and scriveners (R-AUTH-5) and organisations' staff (R-ORG-2) each have one.
 */
export function FirstPasswordPage({ endpoint, signInPath, texts }: { endpoint: string; signInPath: string; texts: FirstPasswordTexts }) {
  const { t, i18n } = useTranslation();
  const text = (key: 'title' | 'invalid' | 'label' | 'hint' | 'submit' | 'done' | 'toSignIn') => t(`${texts}.${key}`);
  const id = useId();
  const [state, setState] = useState<State>(() => {
    const token = tokenFromFragment(window.location.hash);
    return token ? { kind: 'form', token } : { kind: 'invalid' };
  });
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError>();
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
  }, []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (state.kind !== 'form') return;
    const result = await apiPost(endpoint, { token: state.token, password });
    if (result.ok) setState({ kind: 'done' });
    else setError(result.error);
  };
  return (
    <>
      <PageTitle page={text('title')} />
      <PageHeading>{text('title')}</PageHeading>
      <div className="mt-6">
        {state.kind === 'invalid' && <p role="alert">{text('invalid')}</p>}
        {state.kind === 'form' && (
          <form onSubmit={submit} noValidate className="flex flex-col gap-6">
            <ErrorSummary error={error} fieldIds={{ password: `${id}-password` }} />
            <TextField id={`${id}-password`} label={text('label')} hint={text('hint')} type="password" autoComplete="new-password"
              value={password} onChange={(e) => setPassword(e.target.value)} error={fieldError(error, 'password', i18n.resolvedLanguage)} />
            <div><button type="submit" className="dads-button-primary">{text('submit')}</button></div>
          </form>
        )}
        {state.kind === 'done' && (
          <Notice>
            <p>{text('done')}</p>
            <p className="mt-2"><Link className="dads-link" to={signInPath}>{text('toSignIn')}</Link></p>
          </Notice>
        )}
      </div>
    </>
  );
}
