import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AnswerValue, Answers } from '../../../forms/types.js';
import { Autosave, sessionUnsavedStore, type SaveResponse, type SaveStatus } from './autosave.js';
import { applicationUrl, http } from './http.js';
import type { ApplicationView, SaveAnswersResponse } from './view-types.js';

/** R-FORM-3: the quiet moment after the last keystroke before the draft is sent. */
export const AUTOSAVE_DELAY_MS = 800;

async function saveAnswers(id: string, revision: number, changes: Answers, lastField: string | undefined): Promise<SaveResponse> {
  const result = await http<SaveAnswersResponse>('PATCH', applicationUrl(id, '/answers'), { revision, changes, ...(lastField ? { lastField } : {}) });
  if (result.ok) return { kind: 'saved', revision: result.data.revision, savedAt: result.data.savedAt };
  if (result.status === 401) return { kind: 'unauthenticated' };
  if (result.status === 409) return { kind: 'stale' };
  return { kind: 'failed' };
}

async function reloadAnswers(id: string): Promise<{ revision: number; answers: Answers } | undefined> {
  const result = await http<ApplicationView>('GET', applicationUrl(id));
  return result.ok ? { revision: result.data.revision, answers: result.data.answers } : undefined;
}

export interface Draft {
  answers: Answers;
  status: SaveStatus;
  /** The field changed last: where the person continues after a timeout or a reload. */
  lastField: string | undefined;
  change(field: string, value: AnswerValue): void;
  flush(): Promise<void>;
  retry(): void;
  resume(): Promise<void>;
  hasUnsaved(): boolean;
}

/** The draft's answers in the page, wired to autosave; unsaved changes of an earlier visit of this tab come back. */
export function useDraft(view: ApplicationView): Draft {
  const [answers, setAnswers] = useState<Answers>(view.answers);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved', at: view.savedAt });
  const [lastField, setLastField] = useState<string | undefined>(view.lastField ?? undefined);
  const restored = useRef(false);
  const autosave = useMemo(
    () => new Autosave(view.revision, {
      save: (revision, changes, field) => saveAnswers(view.id, revision, changes, field),
      reload: () => reloadAnswers(view.id),
      store: sessionUnsavedStore(view.id),
      setTimer: (run, ms) => window.setTimeout(run, ms),
      clearTimer: (handle) => window.clearTimeout(handle as number | undefined),
      delayMs: AUTOSAVE_DELAY_MS,
    }, {
      status: setStatus,
      merged: (merged) => setAnswers(merged),
    }),
    // One autosave per draft: a fresh copy of the same draft's view keeps it (and its revision).
    [view.id],
  );

  useEffect(() => {
    if (!restored.current) {
      restored.current = true;
      const unsaved = autosave.restore();
      if (unsaved) {
        setAnswers((current) => ({ ...current, ...unsaved.changes }));
        if (unsaved.lastField) setLastField(unsaved.lastField);
        void autosave.flush();
      }
    }
    return () => autosave.dispose();
  }, [autosave]);

  // Closing the tab with unsaved changes: the browser asks first (they are also kept in sessionStorage).
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (autosave.hasUnsaved) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [autosave]);

  const change = useCallback((field: string, value: AnswerValue) => {
    setAnswers((current) => ({ ...current, [field]: value }));
    setLastField(field);
    autosave.change(field, value);
  }, [autosave]);

  return {
    answers, status, lastField, change,
    flush: () => autosave.flush(),
    retry: () => void autosave.retry(),
    resume: () => autosave.resume(),
    hasUnsaved: () => autosave.hasUnsaved,
  };
}
