import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../i18n/index.js';
import { answerItem, fetchDocumentRequests, sendMessage, type FilerCaseView } from './api.js';

type Item = FilerCaseView['documentRequests'][number]['items'][number];

function ItemUpload({ item, onUpload }: { item: Item; onUpload: (files: File[]) => Promise<void> }) {
  const { t } = useTranslation();
  const id = useId();
  const [files, setFiles] = useState<File[]>([]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await onUpload(files);
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="flex flex-col gap-2">
      <label htmlFor={id}>{t('documentRequests.choose', { item: item.description })}</label>
      <input id={id} type="file" multiple accept="application/pdf,image/jpeg,image/png" onChange={(e) => setFiles(Array.from(e.target.files ?? []))} />
      <div><button type="submit" className="dads-button-primary" disabled={files.length === 0}>{t('documentRequests.upload')}</button></div>
    </form>
  );
}

/**
 * For the filer's status page (R-CASE-3, R-CASE-4): the requests for additional documents with an upload per
 * open item, and the messages with the bureau. Mounted by the applications pages for submitted applications.
 */
export function DocumentRequestsPanel({ applicationId, onChanged }: { applicationId: string; onChanged?: () => void }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'ja';
  const messageId = useId();
  const [view, setView] = useState<FilerCaseView | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [text, setText] = useState('');

  const load = useCallback(async () => {
    const res = await fetchDocumentRequests(applicationId);
    setView(res.ok ? res.data : null);
    if (!res.ok) setStatus(t('documentRequests.loadFailed'));
  }, [applicationId, t]);
  useEffect(() => { void load(); }, [load]);

  const upload = async (itemId: string, files: File[]) => {
    const res = await answerItem(applicationId, itemId, files);
    setStatus(res.ok ? t('documentRequests.uploaded') : res.error.message[language]);
    if (res.ok) { setView(res.data); onChanged?.(); }
  };
  const send = async (event: FormEvent) => {
    event.preventDefault();
    const res = await sendMessage(applicationId, text);
    setStatus(res.ok ? t('documentRequests.sent') : res.error.message[language]);
    if (res.ok) { setView(res.data); setText(''); }
  };

  if (!view) return status ? <p role="alert">{status}</p> : null;
  return (
    <div className="flex flex-col gap-6">
      {status && <p role="status">{status}</p>}
      <section aria-labelledby="document-requests-title" className="flex flex-col gap-3">
        <h2 id="document-requests-title" className="text-std-20B-150">{t('documentRequests.title')}</h2>
        {view.documentRequests.length === 0 && <p>{t('documentRequests.none')}</p>}
        {view.documentRequests.map((r) => (
          <div key={r.id} className="flex flex-col gap-3" data-testid="document-request">
            <p>{t('documentRequests.deadline', { date: r.deadline })}</p>
            {r.message && <p>{r.message}</p>}
            <ul className="flex flex-col gap-3">
              {r.items.map((item) => (
                <li key={item.id}>
                  <p>{item.description}{item.answeredAt ? ` — ${t('documentRequests.answered')}` : ''}</p>
                  {r.state === 'OPEN' && !item.answeredAt && <ItemUpload item={item} onUpload={(files) => upload(item.id, files)} />}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section aria-labelledby="case-messages-title" className="flex flex-col gap-3">
        <h2 id="case-messages-title" className="text-std-20B-150">{t('documentRequests.messagesTitle')}</h2>
        {view.messages.length === 0 ? <p>{t('documentRequests.noMessages')}</p>
          : <ol>{view.messages.map((m) => <li key={m.id}>{new Date(m.at).toLocaleString(language)} {t(`documentRequests.side.${m.side}`)}: {m.body}</li>)}</ol>}
        <form onSubmit={(e) => void send(e)} className="flex flex-col gap-2">
          <label htmlFor={messageId}>{t('documentRequests.messageLabel')}</label>
          <textarea id={messageId} className="border p-2" value={text} onChange={(e) => setText(e.target.value)} />
          <div><button type="submit" className="dads-button" disabled={!text.trim()}>{t('documentRequests.send')}</button></div>
        </form>
      </section>
    </div>
  );
}
