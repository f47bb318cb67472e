import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle.js';
import { apiPost, messageIn, tokenFromFragment, type ApiError } from '../sign-in/auth-api.js';
import { ErrorSummary, fieldError, Notice, PageHeading } from '../sign-in/form-parts.js';
import { apiUpload, formDataOf } from './upload-api.js';
import type { ReplyKey } from './organisation-types.js';
import { FileField, TextAreaField } from './UsageFields.js';

interface LinkInfo { organizationName: string; request: string; expiresAt: string }
type State = { kind: 'loading' } | { kind: 'invalid'; message?: string } | { kind: 'form'; token: string; info: LinkInfo } | { kind: 'done'; message: string };

/** R-ORG-2: the organisation answers a request for more by the emailed single-use link (no account needed). */
export function UsageReplyPage() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const lang = i18n.resolvedLanguage;
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [reply, setReply] = useState('');
  const [documents, setDocuments] = useState<File[]>([]);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const token = tokenFromFragment(window.location.hash);
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
    if (!token) return setState({ kind: 'invalid' });
    void apiPost<LinkInfo>('/api/v1/usage-applications/reply-link', { token }).then((r) => {
      setState(r.ok ? { kind: 'form', token, info: r.data } : { kind: 'invalid', message: messageIn(r.error.message, lang) });
    });
  }, [lang]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (state.kind !== 'form') return;
    setBusy(true);
    const result = await apiUpload<{ message: { ja: string; en: string } }>('/api/v1/usage-applications/reply', formDataOf({ token: state.token, reply }, { documents }));
    setBusy(false);
    if (result.ok) setState({ kind: 'done', message: messageIn(result.data.message, lang) });
    else setError(result.error);
  };
  const r = (key: ReplyKey) => t(`usageApplication.reply.${key}`);
  return (
    <>
      <PageTitle page={r('title')} />
      <PageHeading>{r('title')}</PageHeading>
      <div className="mt-6 flex max-w-200 flex-col gap-6">
        {state.kind === 'loading' && <p role="status">{r('loading')}</p>}
        {state.kind === 'invalid' && <p role="alert">{state.message ?? r('invalid')}</p>}
        {state.kind === 'done' && <Notice><p>{state.message}</p></Notice>}
        {state.kind === 'form' && (
          <>
            <dl className="grid grid-cols-1 gap-x-6 gap-y-2 md:grid-cols-[auto_1fr]">
              <dt className="font-bold">{r('organization')}</dt><dd>{state.info.organizationName}</dd>
              <dt className="font-bold">{r('request')}</dt><dd className="whitespace-pre-wrap">{state.info.request}</dd>
              <dt className="font-bold">{r('expires')}</dt><dd>{new Date(state.info.expiresAt).toLocaleDateString(lang === 'en' ? 'en-GB' : 'ja-JP', { timeZone: 'Asia/Tokyo' })}</dd>
            </dl>
            <form onSubmit={submit} noValidate className="flex flex-col gap-6">
              <ErrorSummary error={error} fieldIds={{ reply: `${id}-reply`, documents: `${id}-documents` }} />
              <TextAreaField id={`${id}-reply`} label={r('reply')} hint={r('replyHint')} value={reply} onChange={setReply} error={fieldError(error, 'reply', lang)} />
              <FileField id={`${id}-documents`} label={r('documents')} hint={r('documentsHint')} required={false} multiple onChange={setDocuments} error={fieldError(error, 'documents', lang)} />
              <div><button type="submit" className="dads-button-primary" disabled={busy}>{r('submit')}</button></div>
            </form>
          </>
        )}
      </div>
    </>
  );
}
