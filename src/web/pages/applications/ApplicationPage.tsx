import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageTitle } from '../../components/PageTitle.js';
import { WEB_PATHS } from '../../paths.js';
import type { ApiError } from '../sign-in/auth-api.js';
import { ErrorSummary, PageHeading } from '../sign-in/form-parts.js';
import { DraftWorkspace } from './DraftWorkspace.js';
import { applicationUrl, http } from './http.js';
import { isSignedIn, rememberSignInMethod } from './session-method.js';
import { SubmittedView } from './SubmittedView.js';
import type { ApplicationView } from './view-types.js';

// Only needed after a session timeout: loaded then (the card client and the sign-in forms stay out of the page).
const ReSignIn = lazy(() => import('./ReSignIn.js').then((m) => ({ default: m.ReSignIn })));

type State = { kind: 'loading' } | { kind: 'signedOut' } | { kind: 'error'; error: ApiError } | { kind: 'ready'; view: ApplicationView };

/** One application: the draft being filled, or — once submitted — its read-only status page. */
export function ApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [state, setState] = useState<State>({ kind: 'loading' });

  const load = useCallback(async () => {
    const result = await http<ApplicationView>('GET', applicationUrl(id));
    if (result.ok) setState({ kind: 'ready', view: result.data });
    else if (result.status === 401) setState({ kind: 'signedOut' });
    else setState({ kind: 'error', error: result.error });
  }, [id]);
  useEffect(() => {
    void load();
    void isSignedIn().then((session) => session && rememberSignInMethod(session.account.kind));
  }, [load]);
  const onSignedIn = useCallback(() => void load(), [load]);

  const [notice, setNotice] = useState<string>();
  const isDraft = state.kind === 'ready' && state.view.state === 'DRAFT';
  // R-EXAM-2: a returned application opens in the form when a step is asked for ("Correct and resubmit"), else its status.
  const isCorrecting = state.kind === 'ready' && state.view.state === 'RETURNED' && params.has('step');
  const title = isDraft ? t('applications.workspace.title') : isCorrecting ? t('applications.resubmit.workspaceTitle') : t('applications.submitted.title');
  return (
    <>
      <PageTitle page={title} />
      <p><Link className="dads-link" to={WEB_PATHS.applications}>{t('applications.list.backToList')}</Link></p>
      <div className="mt-4"><PageHeading>{title}</PageHeading></div>
      {state.kind === 'loading' && <p role="status" className="mt-6">{t('applications.loading')}</p>}
      {state.kind === 'signedOut' && <div className="mt-6"><Suspense fallback={null}><ReSignIn onSignedIn={onSignedIn} /></Suspense></div>}
      {state.kind === 'error' && <div className="mt-6"><ErrorSummary error={state.error} /></div>}
      {state.kind === 'ready' && (isDraft || isCorrecting ? (
        <DraftWorkspace key={state.view.id} view={state.view} onReload={load} onSubmitted={(view) => {
          if (isCorrecting) setNotice(t('applications.resubmit.done'));
          setState({ kind: 'ready', view });
          setParams({});
          window.scrollTo(0, 0);
        }} />
      ) : (
        <div className="mt-8 flex flex-col gap-6">
          {notice && <p role="status" className="rounded-8 border-l-8 border-success-1 bg-green-50 p-4 text-std-16B-170">{notice}</p>}
          <SubmittedView view={state.view} onChanged={load} />
        </div>
      ))}
    </>
  );
}
