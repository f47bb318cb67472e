import type { TFunction } from 'i18next';
import type { Language } from '../../i18n/index.js';
import type { FieldId, FieldProblem, PrecheckForm, Visibility } from './precheck-form.js';

/** What each group of questions gets from the page: the answers, which questions show, and how to change them. */
export interface QuestionProps {
  form: PrecheckForm;
  visible: Visibility;
  set: <K extends keyof PrecheckForm>(key: K, value: PrecheckForm[K]) => void;
  /** The error text to show under a question, once it has been touched or the form checked. */
  errorFor: (field: FieldId) => string | undefined;
  touch: (field: FieldId) => void;
}

/** The element a question's error links to: the control, or the fieldset of a group of choices. */
export function fieldDomId(field: FieldId): string {
  return `precheck-${field}`;
}

export function problemText(problem: FieldProblem, language: Language, t: TFunction): string {
  return 'message' in problem ? problem.message[language] : t(`precheck.errors.${problem.unanswered}`);
}
