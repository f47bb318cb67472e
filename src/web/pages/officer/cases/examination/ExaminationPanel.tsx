import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../../i18n/index.js';
import { examinationAction, fetchExamination, type ExaminationAction, type ExaminationView } from './api.js';
import { DecisionSection } from './DecisionSection.js';
import { DocumentRequestsSection } from './DocumentRequestsSection.js';
import { TextForm } from './TextForm.js';

/**
 * The examination part of the case screen (R-EXAM-4, R-CASE-3, R-CASE-4): document requests, messages, notes,
 * correction and the decision. Buttons follow the case's allowed actions; the server decides in the end.
 */
/** The submitted answers a correction may change, by form page, each named by its label. */
export interface AnswerGroup {
  title: string;
  fields: readonly { id: string; label: string }[];
}

export function ExaminationPanel({ caseId, allowedActions, answerGroups, onChanged }: {
  caseId: string; allowedActions: readonly string[]; answerGroups: readonly AnswerGroup[]; onChanged: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'ja';
  const [view, setView] = useState<ExaminationView | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [correction, setCorrection] = useState({ questionId: '', value: '', reason: '' });

  const load = useCallback(async () => {
    const res = await fetchExamination(caseId);
    setView(res.ok ? res.data : null);
    if (!res.ok) setStatus(t('examination.loadFailed'));
  }, [caseId, t]);
  useEffect(() => { void load(); }, [load]);

  const act = async (action: ExaminationAction, body: Record<string, unknown>): Promise<boolean> => {
    const res = await examinationAction(caseId, action, body);
    setStatus(res.ok ? t('examination.done') : res.error.message[language]);
    await Promise.all([load(), onChanged()]);
    return res.ok;
  };
  const correct = async (event: FormEvent) => {
    event.preventDefault();
    if (await act('corrections', correction)) setCorrection({ questionId: '', value: '', reason: '' });
  };

  const can = (a: string) => allowedActions.includes(a);
  if (!view) return status ? <p role="alert">{status}</p> : null;
  return (
    <section aria-labelledby="examination-heading" className="flex flex-col gap-6">
      <h2 id="examination-heading" className="text-std-20B-150">{t('examination.title')}</h2>
      {status && <p role="status">{status}</p>}
      <DocumentRequestsSection caseId={caseId} view={view} can={can} act={act} />
      <section aria-labelledby="messages-heading" className="flex flex-col gap-2">
        <h3 id="messages-heading" className="text-std-18B-160">{t('examination.messages.title')}</h3>
        {view.messages.length === 0 ? <p>{t('examination.messages.none')}</p>
          : <ol>{view.messages.map((m) => <li key={m.id}>{new Date(m.at).toLocaleString(language)} {t(`examination.messages.side.${m.side}`)}: {m.body}</li>)}</ol>}
        {can('MESSAGE') && <TextForm label={t('examination.messages.body')} submit={t('examination.messages.send')} onSubmit={(body) => act('messages', { body })} />}
      </section>
      <section aria-labelledby="notes-heading" className="flex flex-col gap-2">
        <h3 id="notes-heading" className="text-std-18B-160">{t('examination.notes.title')}</h3>
        {view.notes.length === 0 ? <p>{t('examination.notes.none')}</p>
          : <ol>{view.notes.map((n) => <li key={n.id}>{new Date(n.at).toLocaleString(language)}: {n.body}</li>)}</ol>}
        {can('NOTE') && <TextForm label={t('examination.notes.body')} submit={t('examination.notes.add')} onSubmit={(body) => act('notes', { body })} />}
      </section>
      {can('CORRECT') && (
        <form onSubmit={(e) => void correct(e)} aria-labelledby="correction-heading" className="flex flex-col gap-2">
          <h3 id="correction-heading" className="text-std-18B-160">{t('examination.correction.title')}</h3>
          <label htmlFor="correction-question">{t('examination.correction.question')}</label>
          <select id="correction-question" className="border p-2 self-start" value={correction.questionId} onChange={(e) => setCorrection({ ...correction, questionId: e.target.value })}>
            <option value="" />
            {answerGroups.map((group) => (
              <optgroup key={group.title} label={group.title}>
                {group.fields.map((f) => <option key={f.id} value={f.id}>{f.label}</option>)}
              </optgroup>
            ))}
          </select>
          <label htmlFor="correction-value">{t('examination.correction.value')}</label>
          <input id="correction-value" className="border p-2" value={correction.value} onChange={(e) => setCorrection({ ...correction, value: e.target.value })} />
          <label htmlFor="correction-reason">{t('examination.correction.reason')}</label>
          <input id="correction-reason" className="border p-2" value={correction.reason} onChange={(e) => setCorrection({ ...correction, reason: e.target.value })} />
          <button type="submit" className="dads-button self-start">{t('examination.correction.submit')}</button>
        </form>
      )}
      <DecisionSection view={view} can={can} act={act} />
    </section>
  );
}
