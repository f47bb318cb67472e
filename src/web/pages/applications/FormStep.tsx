import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../domain/validation/field-errors.js';
import { APPLICATION_FORM } from '../../../forms/application-form.js';
import { isFieldRequired, normaliseValue } from '../../../forms/engine.js';
import type { AnswerValue, FieldDefinition, PageDefinition } from '../../../forms/types.js';
import { fieldIdOfPath, isAnswered } from '../../components/form-renderer/field-paths.js';
import { FormPageView } from '../../components/form-renderer/FormPageView.js';
import { RendererContext, type RendererEnv } from '../../components/form-renderer/renderer-context.js';
import type { Language } from '../../i18n/index.js';
import { EligibilityPanel } from './EligibilityPanel.js';
import type { FormModel } from './form-model.js';
import { formText } from './form-text.js';
import { STEP_HEADING_ID } from './step-ids.js';
import type { Draft } from './use-draft.js';

const sameValue = (a: AnswerValue | undefined, b: AnswerValue | undefined): boolean =>
  (!isAnswered(a) && !isAnswered(b)) || JSON.stringify(a) === JSON.stringify(b);

/**
 * One page of the form with the engine behind it: required marks from the conditions, errors of a field once
 * it was left (or after a submission attempt), and what was typed normalised when the field is left (R-FORM-4)
 * so the person sees what will be saved.
 */
export function FormStep({ page, fields, model, draft, language, serverErrors, showAllErrors, touched, onTouched }: {
  page: PageDefinition;
  fields: readonly FieldDefinition[];
  model: FormModel;
  draft: Draft;
  language: Language;
  serverErrors: readonly FieldError[];
  showAllErrors: boolean;
  touched: ReadonlySet<string>;
  onTouched: (fieldId: string) => void;
}) {
  const { t } = useTranslation();
  const fieldById = useMemo(() => new Map(fields.map((f) => [f.id, f])), [fields]);
  const env: RendererEnv = {
    language,
    text: (key) => formText(key, language),
    // Computed answers (dates carried from Step 1, point totals) come from the engine, never from typing.
    value: (id) => (fieldById.get(id)?.computed ? model.answers[id] : draft.answers[id]),
    errorFor: (path) => {
      const server = serverErrors.find((e) => e.path === path);
      if (server) return server.message[language];
      if (!showAllErrors && !touched.has(fieldIdOfPath(path))) return undefined;
      const found = model.errors.filter((e) => e.path === path);
      return found.length > 0 ? found.map((e) => e.message[language]).join(' ') : undefined;
    },
    isRequired: (field) => isFieldRequired(field, draft.answers, model.context),
    onChange: (id, value) => draft.change(id, value),
    onBlur: (id) => {
      onTouched(id);
      const field = fieldById.get(id);
      const value = draft.answers[id];
      if (!field || value === undefined) return;
      const normalised = normaliseValue(field, value);
      if (!sameValue(normalised, value)) draft.change(id, normalised);
    },
  };
  return (
    <RendererContext.Provider value={env}>
      <div className="flex flex-col gap-8">
        <FormPageView page={page} fields={fields} headingId={STEP_HEADING_ID} />
        {page.part === 'step1' && <EligibilityPanel result={model.eligibility} language={language} />}
        {page.part === 'step1' && !model.isStepOneComplete && <p className="text-std-16N-170 text-solid-gray-700">{t('applications.workspace.stepOneFirst')}</p>}
      </div>
    </RendererContext.Provider>
  );
}

/** The form's label of a field, for summaries outside the form page. */
export function fieldLabel(fieldId: string, language: Language): string | undefined {
  const field = APPLICATION_FORM.pages.flatMap((p) => p.fields).find((f) => f.id === fieldId);
  return field ? formText(field.labelKey, language) : undefined;
}
