import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../domain/validation/field-errors.js';
import { ErrorSummary } from '../../components/form-renderer/ErrorSummary.js';
import { ReviewAnswers } from '../../components/form-renderer/ReviewAnswers.js';
import type { Language } from '../../i18n/index.js';
import { messageIn } from '../sign-in/auth-api.js';
import { EligibilityPanel } from './EligibilityPanel.js';
import type { FormModel } from './form-model.js';
import { formText } from './form-text.js';
import { STEP_HEADING_ID } from './step-ids.js';
import { applicationUrl, http, newIdempotencyKey } from './http.js';
import { problemLinks, readRefusal, type ProblemLink, type SubmitRefusal } from './submit-problems.js';
import type { Draft } from './use-draft.js';
import type { ApplicationView } from './view-types.js';

/** One key per attempt, kept in this tab until the server has answered it, so a retry (even after a reload) reuses it. */
function submitKeyStore(id: string, action: 'submit' | 'resubmit') {
  const key = `zairyu.${action}Key.${id}`;
  return {
    get: (): string => {
      const stored = window.sessionStorage.getItem(key);
      if (stored) return stored;
      const fresh = newIdempotencyKey();
      window.sessionStorage.setItem(key, fresh);
      return fresh;
    },
    clear: () => window.sessionStorage.removeItem(key),
  };
}

type Outcome = { kind: 'none' } | { kind: 'refused'; refusal: SubmitRefusal } | { kind: 'retry'; message: string };

/**
 * R-SUB-1: the review of the answers on the path, what is still missing, and "入管庁に申請を行う". The server
 * re-checks everything; each problem it names links to where it is fixed.
 */
export function SubmitStep({ view, model, draft, language, onReload, onSubmitted, onProblems, onSignedOut, goTo }: {
  view: ApplicationView;
  model: FormModel;
  draft: Draft;
  language: Language;
  onReload: () => Promise<void>;
  onSubmitted: (view: ApplicationView) => void;
  onProblems: (fields: FieldError[]) => void;
  /** The session has ended: show the sign-in prompt; the same key goes with the retry after it. */
  onSignedOut: () => void;
  goTo: (step: string, focusId?: string) => void;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  // R-EXAM-2: a returned application is sent again with RESUBMIT (same checks, its own route and words).
  const action = view.allowedActions.includes('RESUBMIT') ? 'resubmit' : 'submit';
  const keys = submitKeyStore(view.id, action);
  const missingDocuments = view.checklist.filter((i) => i.requirement === 'REQUIRED' && !i.received).map((i) => ({ code: i.code, name: i.name }));
  const texts = { missingDocument: (name: string) => t('applications.submit.missingDocument', { name }), photoMissing: view.photo ? undefined : t('applications.submit.photoMissing') };
  const known = problemLinks({ fields: model.errors, reasons: model.eligibility?.reasons ?? [], missingDocuments }, model, language, texts);
  const receiptMissing = view.receiptMethods.length > 0 && !view.receiptMethod;

  const submit = async () => {
    setBusy(true);
    await draft.flush();
    if (draft.hasUnsaved()) {
      setBusy(false);
      setOutcome({ kind: 'retry', message: t('applications.submit.unsaved') });
      return;
    }
    const result = await http<ApplicationView>('POST', applicationUrl(view.id, `/${action}`), { idempotencyKey: keys.get() });
    setBusy(false);
    if (result.ok) {
      keys.clear();
      onSubmitted(result.data);
      return;
    }
    if (result.status === 401) onSignedOut();
    if (result.status === 0 || result.status >= 500 || result.status === 401) {
      // No answer, or not this attempt's: the same key goes with the retry.
      setOutcome({ kind: 'retry', message: messageIn(result.error.message, language) });
      return;
    }
    keys.clear();
    const refusal = readRefusal(result.body, result.error.message);
    setOutcome({ kind: 'refused', refusal });
    onProblems(refusal.fields);
    await onReload();
    window.setTimeout(() => summary.current?.focus(), 0);
  };

  const refusalLinks = outcome.kind === 'refused' ? problemLinks(outcome.refusal, model, language, { missingDocument: texts.missingDocument }) : [];
  const follow = (entry: ProblemLink) => goTo(entry.step, entry.targetId);
  return (
    <div className="flex flex-col gap-8">
      <h2 id={STEP_HEADING_ID} tabIndex={-1} className="text-std-24B-150 text-solid-gray-900 md:text-std-28B-150">{t('applications.steps.submit')}</h2>
      {outcome.kind === 'refused' && (
        <ErrorSummary ref={summary} heading={`${messageIn(outcome.refusal.message, language)} ${t('applications.submit.problems', { number: refusalLinks.length })}`}
          entries={refusalLinks} onNavigate={(e) => follow(e as ProblemLink)} />
      )}
      <EligibilityPanel result={model.eligibility} language={language} />
      {(known.length > 0 || receiptMissing) && (
        <section aria-labelledby="before-submit-heading" className="rounded-12 border border-solid-gray-420 p-4 md:p-6">
          <h3 id="before-submit-heading" className="text-std-20B-150">{t('applications.submit.beforeHeading', { number: known.length + (receiptMissing ? 1 : 0) })}</h3>
          <ul className="mt-3 flex list-disc flex-col gap-2 pl-6">
            {known.map((entry, index) => (
              <li key={`${entry.targetId}-${index}`}>
                <a className="dads-link" href={entry.href} onClick={(e) => { e.preventDefault(); follow(entry); }}>{entry.text}</a>
              </li>
            ))}
            {receiptMissing && <li><a className="dads-link" href="?step=receipt" onClick={(e) => { e.preventDefault(); goTo('receipt'); }}>{t('applications.submit.receiptMissing')}</a></li>}
          </ul>
        </section>
      )}
      <section aria-labelledby="review-heading" className="flex flex-col gap-4">
        <h3 id="review-heading" className="text-std-20B-150">{t('applications.submit.reviewHeading')}</h3>
        <ReviewAnswers pages={model.pages} answers={model.answers} text={(key) => formText(key, language)} language={language} headingLevel={4} changeHref={(page) => `?step=${encodeURIComponent(page)}`} />
      </section>
      <div className="flex flex-col gap-3 border-t border-solid-gray-420 pt-6">
        <p>{t(`applications.${action}.declaration`)}</p>
        {outcome.kind === 'retry' && <p role="alert" className="text-std-16B-170 text-error-2">{outcome.message} {t(`applications.${action}.retryHint`)}</p>}
        <div>
          <button type="button" className="dads-button-primary w-full sm:w-auto" disabled={busy} onClick={() => void submit()}>
            {busy ? t(`applications.${action}.sending`) : t(`applications.${action}.button`)}
          </button>
        </div>
      </div>
    </div>
  );
}
