import { useTranslation } from 'react-i18next';
import { FILER_TYPES, ORGANIZATION_RELATIONS, RELATIONSHIPS } from '../../../domain/eligibility/index.js';
import { RadioGroupField, type Choice } from '../../components/FormField.js';
import type { YesNo } from './precheck-form.js';
import { QuestionSection } from './QuestionSection.js';
import { fieldDomId, type QuestionProps } from './questions.js';

/** Section 1: who files, and the follow-up questions that concern that filer only (R-ELIG-1, 2, 4, 7). */
export function FilerQuestions({ form, visible, set, errorFor, touch }: QuestionProps) {
  const { t } = useTranslation();
  const yesNo: Choice<Exclude<YesNo, ''>>[] = [
    { value: 'yes', label: t('precheck.yes') },
    { value: 'no', label: t('precheck.no') },
  ];
  return (
    <QuestionSection id="precheck-filer" number={1} heading={t('precheck.filer.heading')}>
      <RadioGroupField
        id={fieldDomId('filerType')}
        name="filerType"
        legend={t('precheck.filer.type.legend')}
        hint={t('precheck.filer.type.hint')}
        required
        error={errorFor('filerType')}
        choices={FILER_TYPES.map((type) => ({ value: type, label: t(`precheck.filer.types.${type}`) }))}
        value={form.filerType}
        onChange={(value) => set('filerType', value)}
        onBlur={() => touch('filerType')}
      />
      {visible.hasMyNumberCard && (
        <RadioGroupField
          id={fieldDomId('hasMyNumberCard')}
          name="hasMyNumberCard"
          legend={t('precheck.filer.card.legend')}
          hint={t('precheck.filer.card.hint')}
          required
          error={errorFor('hasMyNumberCard')}
          choices={yesNo}
          value={form.hasMyNumberCard}
          onChange={(value) => set('hasMyNumberCard', value)}
          onBlur={() => touch('hasMyNumberCard')}
        />
      )}
      {visible.livesInJapan && (
        <RadioGroupField
          id={fieldDomId('livesInJapan')}
          name="livesInJapan"
          legend={t('precheck.filer.livesInJapan.legend')}
          required
          error={errorFor('livesInJapan')}
          choices={yesNo}
          value={form.livesInJapan}
          onChange={(value) => set('livesInJapan', value)}
          onBlur={() => touch('livesInJapan')}
        />
      )}
      {visible.relationship && (
        <RadioGroupField
          id={fieldDomId('relationship')}
          name="relationship"
          legend={t('precheck.filer.relationship.legend')}
          required
          error={errorFor('relationship')}
          choices={RELATIONSHIPS.map((relationship) => ({ value: relationship, label: t(`precheck.filer.relationship.options.${relationship}`) }))}
          value={form.relationship}
          onChange={(value) => set('relationship', value)}
          onBlur={() => touch('relationship')}
        />
      )}
      {visible.relationToOrganization && (
        <RadioGroupField
          id={fieldDomId('relationToOrganization')}
          name="relationToOrganization"
          legend={t('precheck.filer.relation.legend')}
          hint={t('precheck.filer.relation.hint')}
          required
          error={errorFor('relationToOrganization')}
          choices={ORGANIZATION_RELATIONS.map((relation) => ({ value: relation, label: t(`precheck.filer.relation.options.${relation}`) }))}
          value={form.relationToOrganization}
          onChange={(value) => set('relationToOrganization', value)}
          onBlur={() => touch('relationToOrganization')}
        />
      )}
      {visible.organizationRequestOnFile && (
        <RadioGroupField
          id={fieldDomId('organizationRequestOnFile')}
          name="organizationRequestOnFile"
          legend={t('precheck.filer.requestOnFile.legend')}
          hint={t('precheck.filer.requestOnFile.hint')}
          required
          error={errorFor('organizationRequestOnFile')}
          choices={yesNo}
          value={form.organizationRequestOnFile}
          onChange={(value) => set('organizationRequestOnFile', value)}
          onBlur={() => touch('organizationRequestOnFile')}
        />
      )}
    </QuestionSection>
  );
}
