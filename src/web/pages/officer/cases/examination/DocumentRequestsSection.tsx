import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answerFileUrl, type ExaminationView } from './api.js';
import { TextForm } from './TextForm.js';

type Act = (action: 'document-requests' | 'document-requests/close', body: Record<string, unknown>) => Promise<boolean>;

/** R-CASE-3: the requests with each item's answer, a form for a new request, and closing the open one. */
export function DocumentRequestsSection({ caseId, view, can, act }: { caseId: string; view: ExaminationView; can: (a: string) => boolean; act: Act }) {
  const { t } = useTranslation();
  const [items, setItems] = useState('');
  const [deadline, setDeadline] = useState('');
  const [note, setNote] = useState('');
  const request = async (event: FormEvent) => {
    event.preventDefault();
    const list = items.split('\n').map((s) => s.trim()).filter(Boolean).map((description) => ({ description }));
    if (await act('document-requests', { deadline, items: list, ...(note.trim() ? { message: note } : {}) })) setItems('');
  };
  return (
    <section aria-labelledby="document-requests-heading" className="flex flex-col gap-3">
      <h3 id="document-requests-heading" className="text-std-18B-160">{t('examination.requests.title')}</h3>
      {view.documentRequests.length === 0 && <p>{t('examination.requests.none')}</p>}
      {view.documentRequests.map((r) => (
        <div key={r.id} data-testid="document-request">
          <p>{t('examination.requests.deadline')}: {r.deadline} — {t(`examination.requests.state.${r.state}`)}</p>
          <ul>
            {r.items.map((i) => (
              <li key={i.id}>
                {i.description}: {i.answeredAt ? t('examination.requests.answered') : t('examination.requests.notAnswered')}
                {i.files.map((f, n) => <a key={f.id} className="dads-link ml-2" href={answerFileUrl(caseId, i.id, f.id)} target="_blank" rel="noreferrer">{t('examination.requests.file', { n: n + 1 })}</a>)}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {can('REQUEST_DOCUMENTS') && (
        <form onSubmit={(e) => void request(e)} className="flex flex-col gap-2">
          <label htmlFor="request-items">{t('examination.requests.items')}</label>
          <textarea id="request-items" className="border p-2" value={items} onChange={(e) => setItems(e.target.value)} />
          <label htmlFor="request-deadline">{t('examination.requests.deadline')}</label>
          <input id="request-deadline" type="date" className="border p-2 self-start" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
          <label htmlFor="request-message">{t('examination.requests.message')}</label>
          <textarea id="request-message" className="border p-2" value={note} onChange={(e) => setNote(e.target.value)} />
          <button type="submit" className="dads-button self-start">{t('examination.requests.send')}</button>
        </form>
      )}
      {can('CLOSE_DOCUMENT_REQUEST') && (
        <TextForm label={t('examination.requests.closeReason')} submit={t('examination.requests.close')} onSubmit={(reason) => act('document-requests/close', { reason })} />
      )}
    </section>
  );
}
