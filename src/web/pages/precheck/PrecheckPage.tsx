import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle.js';
import { currentLanguage } from '../../i18n/index.js';
import { AnswerPanel } from './AnswerPanel.js';
import { ApplicantQuestions } from './ApplicantQuestions.js';
import { ErrorSummary, type SummaryEntry } from './ErrorSummary.js';
import { FilerQuestions } from './FilerQuestions.js';
import { FIELD_IDS, evaluate, initialForm, todayInJapan, visibleFields, type FieldId, type PrecheckForm } from './precheck-form.js';
import { ProcedureQuestions } from './ProcedureQuestions.js';
import { fieldDomId, problemText, type QuestionProps } from './questions.js';

/**
 * R-ELIG-10: "can this filing be made online today?" for anyone, without an account. The answers stay in this
 * component's state (a language switch re-renders, it does not reset); the same checkFiling as the server's
 * answers in the browser, live, and errors show only for touched questions or after "Check".
 */
export function PrecheckPage() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const [form, setForm] = useState<PrecheckForm>(() => initialForm(todayInJapan()));
  const [touched, setTouched] = useState<ReadonlySet<FieldId>>(() => new Set());
  const [checked, setChecked] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ to: 'summary' | 'answer'; at: number }>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const answerRef = useRef<HTMLElement>(null);

  const visible = useMemo(() => visibleFields(form), [form]);
  const { errors, result } = useMemo(() => evaluate(form), [form]);

  const set = useCallback<QuestionProps['set']>((key, value) => setForm((previous) => ({ ...previous, [key]: value })), []);
  const touch = useCallback((field: FieldId) => setTouched((previous) => (previous.has(field) ? previous : new Set(previous).add(field))), []);
  const shown = (field: FieldId) => checked || touched.has(field);
  const errorFor = (field: FieldId): string | undefined => {
    const problem = errors[field];
    return problem && shown(field) ? problemText(problem, language, t) : undefined;
  };

  const summary: SummaryEntry[] = checked
    ? FIELD_IDS.flatMap((field) => {
      const problem = errors[field];
      if (!problem) return [];
      const message = problemText(problem, language, t);
      // Most messages name their question; a bare "choose an answer" gets the question's name in front.
      const named = 'unanswered' in problem && (problem.unanswered === 'choice' || problem.unanswered === 'notice');
      return [{ targetId: fieldDomId(field), text: named ? t('precheck.errors.entry', { name: t(`precheck.fieldNames.${field}`), message }) : message }];
    })
    : [];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    setFocusRequest({ to: result ? 'answer' : 'summary', at: Date.now() });
  };

  // After "Check", take keyboard and screen-reader users to what needs them: the problems, or the answer.
  useEffect(() => {
    if (!focusRequest) return;
    const target = focusRequest.to === 'summary' ? summaryRef.current : answerRef.current;
    target?.focus({ preventScroll: true });
    target?.scrollIntoView({ block: 'start' });
  }, [focusRequest]);

  const missing = Object.keys(errors).length;
  return (
    <>
      <PageTitle page={t('precheck.title')} />
      <div className="max-w-200">
        <h1 className="text-std-32B-150 text-solid-gray-900 md:text-std-36B-140">{t('precheck.heading')}</h1>
        <p className="mt-4 text-std-17N-170 md:text-std-18N-160">{t('precheck.lead')}</p>
        <p className="mt-2 text-std-16N-170 text-solid-gray-700">{t('precheck.privacy')}</p>
      </div>
      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)] lg:items-start">
        <form noValidate onSubmit={onSubmit} aria-label={t('precheck.heading')} className="flex min-w-0 flex-col gap-8">
          {summary.length > 0 && <ErrorSummary ref={summaryRef} entries={summary} />}
          <FilerQuestions form={form} visible={visible} set={set} errorFor={errorFor} touch={touch} />
          <ProcedureQuestions form={form} visible={visible} set={set} errorFor={errorFor} touch={touch} />
          <ApplicantQuestions form={form} visible={visible} set={set} errorFor={errorFor} touch={touch} />
          <div className="border-t border-solid-gray-420 pt-6">
            <button type="submit" className="dads-button-primary w-full sm:w-auto sm:min-w-60">{t('precheck.check')}</button>
          </div>
        </form>
        <div className="lg:sticky lg:top-4">
          <AnswerPanel ref={answerRef} result={result} missing={missing} filingDate={form.filingDate} />
        </div>
      </div>
    </>
  );
}
