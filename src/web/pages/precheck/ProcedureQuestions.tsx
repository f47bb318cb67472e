import { useTranslation } from 'react-i18next';
import { MAIN_PROCEDURE_CODES, getProcedure, type ProcedureCode } from '../../../domain/reference/index.js';
import { CheckboxField, RadioGroupField, type Choice } from '../../components/FormField.js';
import { currentLanguage } from '../../i18n/index.js';
import type { MainChoice } from './precheck-form.js';
import { QuestionSection } from './QuestionSection.js';
import { fieldDomId, type QuestionProps } from './questions.js';

/** Section 2: one main procedure, plus re-entry and outside activity (R-ELIG-3 answers when they stand alone). */
export function ProcedureQuestions({ form, set, errorFor, touch }: QuestionProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const name = (code: ProcedureCode) => {
    const procedure = getProcedure(code);
    return language === 'ja' ? procedure.nameJa : procedure.nameEn;
  };
  const choices: Choice<MainChoice>[] = [
    ...MAIN_PROCEDURE_CODES.map((code) => ({ value: code, label: name(code), hint: t(`precheck.procedures.hints.${code}`) })),
    { value: 'NONE', label: t('precheck.procedures.none') },
  ];
  return (
    <QuestionSection id="precheck-procedures" number={2} heading={t('precheck.procedures.heading')}>
      <RadioGroupField
        id={fieldDomId('mainProcedure')}
        name="mainProcedure"
        legend={t('precheck.procedures.main.legend')}
        hint={t('precheck.procedures.main.hint')}
        required
        error={errorFor('mainProcedure')}
        choices={choices}
        value={form.mainProcedure}
        onChange={(value) => set('mainProcedure', value)}
        onBlur={() => touch('mainProcedure')}
      />
      <fieldset aria-describedby="precheck-extra-hint" className="flex min-w-0 flex-col gap-2">
        <legend className="mb-2 text-std-17B-170 text-solid-gray-900">{t('precheck.procedures.extra.legend')}</legend>
        <p id="precheck-extra-hint" className="text-std-16N-170 text-solid-gray-700">{t('precheck.procedures.extra.hint')}</p>
        <div className="flex flex-col gap-1">
          <CheckboxField
            id="precheck-reentry"
            label={name('REENTRY')}
            hint={t('precheck.procedures.hints.REENTRY')}
            checked={form.reentry}
            onChange={(checked) => set('reentry', checked)}
          />
          <CheckboxField
            id="precheck-outsideActivity"
            label={name('OUTSIDE_ACTIVITY')}
            hint={t('precheck.procedures.hints.OUTSIDE_ACTIVITY')}
            checked={form.outsideActivity}
            onChange={(checked) => set('outsideActivity', checked)}
          />
        </div>
      </fieldset>
    </QuestionSection>
  );
}
