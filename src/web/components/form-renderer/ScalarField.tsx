import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUSES } from '../../../domain/reference/index.js';
import type { FieldDefinition } from '../../../forms/types.js';
import { CONTROL_CLASS, FormField, type ControlAttributes } from '../FormField.js';
import { ChoiceField, MultiChoiceField, YesNoField } from './ChoiceFields.js';
import { fieldDomId, textOf } from './field-paths.js';
import { OptionSelect } from './OptionSelect.js';
import { useRenderer, type ScalarProps } from './renderer-context.js';
import { ruleHints } from './rule-hints.js';
import { RuleHintText } from './RuleHintText.js';

/** The paper form's item number, then the label. */
export function FieldLabel({ field, suffix }: { field: FieldDefinition; suffix?: string }) {
  const env = useRenderer();
  return (
    <>
      {field.number && <><span className="inline-block min-w-8 rounded-4 border border-solid-gray-420 px-1 text-center text-oln-16B-100 text-solid-gray-800">{field.number}</span>{' '}</>}
      {env.text(field.labelKey)}
      {suffix && <span className="ml-1 text-std-16N-170 text-solid-gray-700">{suffix}</span>}
    </>
  );
}

/** The field's own hint and the input rule of its type (R-FORM-4); undefined when there is neither. */
export function useFieldHint(field: FieldDefinition): ReactNode {
  const env = useRenderer();
  if (!field.hintKey && ruleHints(field).length === 0) return undefined;
  return (
    <>
      {field.hintKey && <span className="block">{env.text(field.hintKey)}</span>}
      <RuleHintText field={field} />
    </>
  );
}

export function ScalarField(props: ScalarProps) {
  const env = useRenderer();
  const { field, path, required, error, labelSuffix } = props;
  const id = fieldDomId(path);
  const hint = useFieldHint(field);
  const label = <FieldLabel field={field} suffix={labelSuffix} />;
  switch (field.type) {
    case 'yesNo':
      return <YesNoField {...props} id={id} label={label} hint={hint} />;
    case 'choice':
      return <ChoiceField {...props} id={id} label={label} hint={hint} />;
    case 'multiChoice':
      return <MultiChoiceField {...props} id={id} label={label} hint={hint} />;
    default:
      return (
        <FormField id={id} label={label} required={required && !field.computed} hint={hint} error={error}>
          {(control) => <TextLikeControl {...props} control={control} language={env.language} />}
        </FormField>
      );
  }
}

const INPUT_MODE: Partial<Record<FieldDefinition['type'], 'tel' | 'numeric' | 'email'>> = {
  phone: 'tel', postalCode: 'numeric', integer: 'numeric', money: 'numeric', corporateNumber: 'numeric', email: 'email',
};

function TextLikeControl({ field, value, onValue, onLeave, control, language }: ScalarProps & { control: ControlAttributes; language: string }) {
  const { t } = useTranslation();
  const text = textOf(value);
  if (field.computed) {
    return <input {...control} type="text" readOnly aria-readonly="true" className={`${CONTROL_CLASS} max-w-80 bg-solid-gray-50`} value={text} />;
  }
  switch (field.type) {
    case 'textarea':
      return (
        <>
          <textarea {...control} rows={6} className={CONTROL_CLASS} value={text} onChange={(e) => onValue(e.target.value)} onBlur={onLeave} />
          {field.maxLength !== undefined && (
            <p className="text-std-16N-170 text-solid-gray-700">{t('formRenderer.count', { length: [...text].length, max: field.maxLength })}</p>
          )}
        </>
      );
    case 'date':
      return <input {...control} type="date" className={`${CONTROL_CLASS} max-w-60`} value={text} onChange={(e) => onValue(e.target.value)} onBlur={onLeave} />;
    case 'status':
      return (
        <select {...control} className={`${CONTROL_CLASS} max-w-120`} value={text} onChange={(e) => onValue(e.target.value)} onBlur={onLeave}>
          <option value="">{t('formRenderer.choose')}</option>
          {STATUSES.map((s) => <option key={s.code} value={s.code}>{language === 'en' ? s.nameEn : s.nameJa}</option>)}
        </select>
      );
    case 'country':
      return field.options ? <OptionSelect field={field} text={text} control={control} onValue={onValue} onLeave={onLeave} /> : (
        <input {...control} type="text" className={`${CONTROL_CLASS} max-w-40`} autoCapitalize="characters" spellCheck={false} value={text}
          onChange={(e) => onValue(e.target.value)} onBlur={onLeave} />
      );
    default:
      return (
        <input
          {...control}
          type="text"
          inputMode={INPUT_MODE[field.type]}
          autoCapitalize={field.type === 'latinName' || field.type === 'passportNumber' || field.type === 'residenceCardNumber' ? 'characters' : undefined}
          spellCheck={field.type === 'text' || field.type === 'japaneseText' ? undefined : false}
          autoComplete="off"
          className={`${CONTROL_CLASS} ${field.type === 'postalCode' || field.type === 'phone' || field.type === 'integer' || field.type === 'money' ? 'max-w-60' : 'max-w-160'}`}
          value={text}
          onChange={(e) => onValue(e.target.value)}
          onBlur={onLeave}
        />
      );
  }
}
