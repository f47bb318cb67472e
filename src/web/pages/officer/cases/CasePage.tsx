import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { APPLICATION_FORM, fieldsOnPath, pagesOnPath, pathContext } from '../../../../forms/index.js';
import type { Answers } from '../../../../forms/types.js';
import { ReviewAnswers } from '../../../components/form-renderer/ReviewAnswers.js';
import { PageTitle } from '../../../components/PageTitle.js';
import { isLanguage } from '../../../i18n/index.js';
import { officerIssuancePath } from '../../../paths.js';
import { formText } from '../../applications/form-text.js';
import { caseAction, caseFileUrl, fetchCase, type CaseDetail } from './api.js';
import { ExaminationPanel } from './examination/ExaminationPanel.js';

/** The case screen (R-EXAM-2, R-EXAM-4): answers read-only via the form definition, files, checklist, history, and the actions. */
export function CasePage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'ja';
  const { id = '' } = useParams();
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [reasons, setReasons] = useState('');

  const load = useCallback(async () => {
    const res = await fetchCase(id);
    setDetail(res.ok ? res.data : null);
    if (!res.ok) setMessage(res.error.message[language]);
  }, [id, language]);
  useEffect(() => { void load(); }, [load]);

  const act = async (action: 'claim' | 'release' | 'accept' | 'return') => {
    const extra = action === 'return' ? { reasons: reasons.split('\n').map((r) => r.trim()).filter(Boolean) } : {};
    const res = await caseAction(id, action, extra);
    setMessage(res.ok ? t(`backOffice.case.done.${action}`, { number: res.data.receptionNumber ?? '' }) : res.error.message[language]);
    await load();
  };

  if (!detail) return <div className="flex flex-col gap-4"><PageTitle page={t('backOffice.case.title')} /><h1 className="text-std-28B-150">{t('backOffice.case.title')}</h1>{message && <p role="alert">{message}</p>}</div>;
  const answers = detail.answers as Answers;
  const context = pathContext(answers, detail.filerType);
  const onPath = new Set(fieldsOnPath(APPLICATION_FORM, answers, context).map((f) => f.id));
  const pages = pagesOnPath(APPLICATION_FORM, answers, context).map((page) => ({ page, fields: page.fields.filter((f) => onPath.has(f.id)) }));
  const can = (a: string) => detail.allowedActions.some((x) => x === a);

  return (
    <div className="flex flex-col gap-8">
      <PageTitle page={t('backOffice.case.title')} />
      <h1 className="text-std-28B-150">{t('backOffice.case.title')}</h1>
      <dl className="grid gap-2 md:grid-cols-[12rem_1fr]">
        <dt>{t('backOffice.case.status')}</dt><dd>{detail.statusName[language]}</dd>
        <dt>{t('backOffice.case.receptionNumber')}</dt><dd data-testid="reception-number">{detail.receptionNumber ?? t('backOffice.queue.noNumber')}</dd>
        <dt>{t('backOffice.case.applicant')}</dt><dd>{detail.applicantName ?? '—'}</dd>
        <dt>{t('backOffice.case.holder')}</dt><dd>{detail.holder?.name ?? t('backOffice.case.nobody')}</dd>
      </dl>
      {detail.status === 'AWAITING_ISSUE' && <p><Link className="dads-link" to={officerIssuancePath(detail.id)}>{t('issuance.title')}</Link></p>}
      {message && <p role="status">{message}</p>}
      <section aria-labelledby="actions-heading" className="flex flex-col gap-3">
        <h2 id="actions-heading" className="text-std-20B-150">{t('backOffice.case.actions')}</h2>
        <div className="flex flex-wrap gap-3">
          {can('CLAIM') && <button type="button" className="dads-button" onClick={() => void act('claim')}>{t('backOffice.case.claim')}</button>}
          {can('RELEASE') && detail.holder && <button type="button" className="dads-button" onClick={() => void act('release')}>{t('backOffice.case.release')}</button>}
          {can('ACCEPT') && <button type="button" className="dads-button" onClick={() => void act('accept')}>{t('backOffice.case.accept')}</button>}
        </div>
        {can('RETURN') && (
          <div className="flex flex-col gap-2">
            <label htmlFor="return-reasons">{t('backOffice.case.returnReasons')}</label>
            <textarea id="return-reasons" className="border p-2" value={reasons} onChange={(e) => setReasons(e.target.value)} />
            <button type="button" className="dads-button self-start" onClick={() => void act('return')}>{t('backOffice.case.return')}</button>
          </div>
        )}
      </section>
      <ExaminationPanel caseId={detail.id} allowedActions={detail.allowedActions} answerGroups={pages.map(({ page, fields }) => ({
        title: formText(page.titleKey, language),
        fields: fields.filter((f) => f.id in answers).map((f) => ({ id: f.id, label: formText(f.labelKey, language) })),
      })).filter((g) => g.fields.length > 0)} onChanged={load} />
      <section aria-labelledby="check-heading">
        <h2 id="check-heading" className="text-std-20B-150">{t('backOffice.case.formatCheck')}</h2>
        {detail.formatCheck.fields.length + detail.formatCheck.missingDocuments.length === 0
          ? <p>{t('backOffice.case.noProblems')}</p>
          : <ul>{detail.formatCheck.fields.map((f) => <li key={f.path}>{f.message[language]}</li>)}{detail.formatCheck.missingDocuments.map((d) => <li key={d.code}>{t('backOffice.case.missing', { code: d.code })}</li>)}</ul>}
      </section>
      <section aria-labelledby="checklist-heading">
        <h2 id="checklist-heading" className="text-std-20B-150">{t('backOffice.case.checklist')}</h2>
        <ul>{detail.checklist.map((c) => <li key={c.code}>{c.code}: {c.received ? t('backOffice.case.received') : t('backOffice.case.notReceived')}</li>)}</ul>
      </section>
      <section aria-labelledby="files-heading">
        <h2 id="files-heading" className="text-std-20B-150">{t('backOffice.case.files')}</h2>
        <ul>{detail.files.map((f) => <li key={f.id}><a className="dads-link" href={caseFileUrl(detail.id, f.id)} target="_blank" rel="noreferrer">{f.fileName}</a></li>)}</ul>
      </section>
      <section aria-labelledby="answers-heading" className="flex flex-col gap-4">
        <h2 id="answers-heading" className="text-std-20B-150">{t('backOffice.case.answers')}</h2>
        <ReviewAnswers pages={pages} answers={answers} text={(key) => formText(key, language)} language={language} />
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="text-std-20B-150">{t('backOffice.case.history')}</h2>
        <ol>{detail.history.map((h, i) => <li key={i}>{new Date(h.at).toLocaleString(language)} — {h.label[language]}{h.actorName ? ` (${h.actorName})` : ''}</li>)}</ol>
      </section>
    </div>
  );
}
