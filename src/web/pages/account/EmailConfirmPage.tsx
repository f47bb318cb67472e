import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle.js';
import { WEB_PATHS } from '../../paths.js';
import { apiPost, tokenFromFragment, type ApiError } from '../sign-in/auth-api.js';
import { ErrorSummary, Notice, PageHeading } from '../sign-in/form-parts.js';

type State = { kind: 'working' } | { kind: 'done' } | { kind: 'failed'; error?: ApiError };

/** Confirms a new email address from the single-use link sent to it (token in the fragment). */
export function EmailConfirmPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'working' });
  useEffect(() => {
    const token = tokenFromFragment(window.location.hash);
    if (!token) return setState({ kind: 'failed' });
    window.history.replaceState(null, '', window.location.pathname);
    void apiPost('/api/v1/account/email/confirm', { token }).then((r) => setState(r.ok ? { kind: 'done' } : { kind: 'failed', error: r.error }));
  }, []);
  return (
    <>
      <PageTitle page={t('account.emailConfirm.title')} />
      <PageHeading>{t('account.emailConfirm.title')}</PageHeading>
      <div className="mt-6">
        {state.kind === 'working' && <p role="status">{t('account.emailConfirm.working')}</p>}
        {state.kind === 'done' && <Notice>{t('account.emailConfirm.done')} <Link className="dads-link" to={WEB_PATHS.account}>{t('account.title')}</Link></Notice>}
        {state.kind === 'failed' && <ErrorSummary error={state.error ?? { status: 404, error: 'NOT_FOUND', fields: [], message: { ja: t('auth.passwordLink.invalid'), en: t('auth.passwordLink.invalid') } }} />}
      </div>
    </>
  );
}
