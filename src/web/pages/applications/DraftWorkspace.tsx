import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { FieldError } from '../../../domain/validation/field-errors.js';
import { focusFieldById } from '../../components/form-renderer/ErrorSummary.js';
import { fieldDomId, fieldIdOfPath } from '../../components/form-renderer/field-paths.js';
import { StepList, type Step } from '../../components/form-renderer/StepList.js';
import { currentLanguage } from '../../i18n/index.js';
import { AttachmentsStep } from './AttachmentsStep.js';
import { buildFormModel, pageOfPath, problemsPerPage } from './form-model.js';
import { formText } from './form-text.js';
import { FormStep } from './FormStep.js';
import { ReceiptStep } from './ReceiptStep.js';
import { ReturnNotice } from './ReturnNotice.js';
import { SaveStatusRegion } from './SaveStatusRegion.js';
import { EXTRA_STEPS, isExtraStep, RESIGNIN_HEADING_ID, STEP_HEADING_ID } from './step-ids.js';
import { SubmitStep } from './SubmitStep.js';
import { useDraft } from './use-draft.js';
import type { ApplicationView } from './view-types.js';

// Only needed after a session timeout: loaded then.
const ReSignIn = lazy(() => import('./ReSignIn.js').then((m) => ({ default: m.ReSignIn })));

/**
 * A draft being filled (R-FORM-1 … R-FORM-3, R-ATT-*, R-SUB-1), or a returned application being corrected with the
 * bureau's reasons above it (R-EXAM-2): one page at a time with the steps of the path beside it, autosaved; then the
 * photo and documents, the receipt method, and the review with "submit" (or "resubmit").
 */
export function DraftWorkspace({ view, onReload, onSubmitted }: { view: ApplicationView; onReload: () => Promise<void>; onSubmitted: (view: ApplicationView) => void }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const draft = useDraft(view);
  const model = useMemo(() => buildFormModel(draft.answers, view.filer, view.organizationRequestOnFile, new Date()), [draft.answers, view.filer, view.organizationRequestOnFile]);
  const [params, setParams] = useSearchParams();
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set());
  const [serverErrors, setServerErrors] = useState<readonly FieldError[]>([]);
  const [showAllErrors, setShowAllErrors] = useState(false);
  const [isSubmitSignedOut, setSubmitSignedOut] = useState(false);
  // Where focus goes once `step` is on screen (the router renders a new step a moment after the click).
  const [focusTarget, setFocusTarget] = useState<{ id: string; step: string | undefined }>();

  const firstPage = model.pages[0]?.page.id ?? 'submit';
  const requested = params.get('step') ?? (draft.lastField ? pageOfPath(model, draft.lastField) : undefined) ?? firstPage;
  const current = model.pages.some((p) => p.page.id === requested) || isExtraStep(requested) ? requested : firstPage;
  const currentPage = model.pages.find((p) => p.page.id === current);

  const goTo = useCallback((step: string, focusId?: string) => {
    void draft.flush();
    setVisited((v) => new Set(v).add(current));
    setParams({ step });
    setFocusTarget({ id: focusId ?? STEP_HEADING_ID, step });
  }, [draft, current, setParams]);

  // After a step change or a link from a summary: focus the field (or the step's heading) once it is rendered.
  useEffect(() => {
    if (!focusTarget || (focusTarget.step !== undefined && focusTarget.step !== current)) return;
    if (!focusFieldById(focusTarget.id)) document.getElementById(STEP_HEADING_ID)?.focus();
    setFocusTarget(undefined);
  }, [focusTarget, current]);

  // Coming back to a draft: continue at the field changed last (once, when the draft opens).
  const resumeAt = useRef(params.get('step') ? undefined : draft.lastField);
  useEffect(() => {
    if (resumeAt.current) setFocusTarget({ id: fieldDomId(resumeAt.current), step: undefined });
    resumeAt.current = undefined;
  }, []);

  const draftRef = useRef(draft);
  draftRef.current = draft;
  const onSignedIn = useCallback(() => {
    setSubmitSignedOut(false);
    void draftRef.current.resume().then(() => {
      const field = draftRef.current.lastField;
      if (field) setFocusTarget({ id: fieldDomId(field), step: undefined });
    });
  }, []);

  const shownErrors = showAllErrors ? model.errors : model.errors.filter((e) => visited.has(pageOfPath(model, e.path) ?? ''));
  const problems = problemsPerPage(model, [...shownErrors, ...serverErrors]);
  const steps: Step[] = [
    ...model.pages.map(({ page }) => ({ id: page.id, title: formText(page.titleKey, language), problems: problems.get(page.id) ?? 0 })),
    ...(model.isStepOneComplete ? EXTRA_STEPS.map((id) => ({ id, title: t(`applications.steps.${id}`), problems: 0 })) : []),
  ];
  const index = steps.findIndex((s) => s.id === current);
  const previous = index > 0 ? steps[index - 1] : undefined;
  const next = index >= 0 ? steps[index + 1] : undefined;
  const stepListProps = { steps, current, label: t('applications.workspace.stepsLabel'), hrefFor: (id: string) => `?step=${encodeURIComponent(id)}`, onSelect: goTo };
  const changeField = (fieldId: string) => setServerErrors((errors) => errors.filter((e) => fieldIdOfPath(e.path) !== fieldId));
  const trackedDraft = { ...draft, change: (id: string, value: Parameters<typeof draft.change>[1]) => { changeField(id); draft.change(id, value); } };

  return (
    <>
      <div className="sticky top-0 z-[1] -mx-4 border-b border-solid-gray-420 bg-white px-4 py-2 md:-mx-8 md:px-8">
        <SaveStatusRegion status={draft.status} language={language} onRetry={draft.retry} onSignIn={() => document.getElementById(RESIGNIN_HEADING_ID)?.focus()} />
      </div>
      {view.returned && <div className="mt-6"><ReturnNotice returned={view.returned} language={language} /></div>}
      {(draft.status.kind === 'signedOut' || isSubmitSignedOut) && <div className="mt-6"><Suspense fallback={null}><ReSignIn onSignedIn={onSignedIn} /></Suspense></div>}
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,18rem)_minmax(0,1fr)] lg:items-start [&_*]:scroll-mt-24">
        {/* On a phone the steps fold away above the page; on a wide screen they stay beside it. */}
        <details className="rounded-8 border border-solid-gray-420 lg:hidden">
          <summary className="min-h-11 cursor-pointer px-4 py-2 text-std-16B-170">
            {t('applications.workspace.stepOf', { number: index + 1, total: steps.length, title: steps[index]?.title ?? '' })}
          </summary>
          <div className="px-2 pb-2"><StepList {...stepListProps} /></div>
        </details>
        <div className="hidden lg:block"><StepList {...stepListProps} /></div>
        <div className="flex min-w-0 flex-col gap-8">
          {currentPage && (
            <FormStep page={currentPage.page} fields={currentPage.fields} model={model} draft={trackedDraft} language={language} serverErrors={serverErrors}
              showAllErrors={showAllErrors} touched={touched} onTouched={(id) => setTouched((s) => (s.has(id) ? s : new Set(s).add(id)))} />
          )}
          {current === 'attachments' && <AttachmentsStep view={view} onChanged={onReload} />}
          {current === 'receipt' && <ReceiptStep view={view} onChanged={onReload} />}
          {current === 'submit' && (
            <SubmitStep view={view} model={model} draft={draft} language={language} onReload={onReload} onSubmitted={onSubmitted}
              onProblems={(fields) => { setServerErrors(fields); setShowAllErrors(true); }} onSignedOut={() => setSubmitSignedOut(true)} goTo={goTo} />
          )}
          <nav aria-label={t('applications.workspace.pager')} className="flex flex-wrap justify-between gap-4 border-t border-solid-gray-420 pt-6">
            {previous ? <button type="button" className="dads-button-outline" onClick={() => goTo(previous.id)}>{t('applications.workspace.previous', { step: previous.title })}</button> : <span />}
            {next && <button type="button" className="dads-button-primary" onClick={() => goTo(next.id)}>{t('applications.workspace.next', { step: next.title })}</button>}
          </nav>
        </div>
      </div>
    </>
  );
}
