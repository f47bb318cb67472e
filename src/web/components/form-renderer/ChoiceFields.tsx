import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, ErrorText, RadioGroupField, RequiredBadge, FormField } from '../FormField.js';
import { OptionSelect } from './OptionSelect.js';
import { stringsOf, textOf } from './field-paths.js';
import { useRenderer, type ScalarProps } from './renderer-context.js';

type ChoiceProps = ScalarProps & { id: string; label: ReactNode; hint: ReactNode };

/** Up to this many options show as radio buttons; more as a select. */
const MAX_RADIOS = 6;

export function YesNoField({ id, label, hint, value, onValue, onLeave, required, error, path }: ChoiceProps) {
  const { t } = useTranslation();
  const current = value === true ? 'yes' : value === false ? 'no' : '';
  return (
    <RadioGroupField<'yes' | 'no'>
      id={id} name={path} legend={label} hint={hint} required={required} error={error} value={current}
      choices={[{ value: 'yes', label: t('formRenderer.yes') }, { value: 'no', label: t('formRenderer.no') }]}
      onChange={(choice) => onValue(choice === 'yes')}
      onBlur={onLeave}
    />
  );
}

export function ChoiceField(props: ChoiceProps) {
  const env = useRenderer();
  const { field, id, label, hint, value, onValue, onLeave, required, error, path } = props;
  const options = field.options ?? [];
  if (options.length > MAX_RADIOS) {
    return (
      <FormField id={id} label={label} required={required} hint={hint} error={error}>
        {(control) => <OptionSelect field={field} text={textOf(value)} control={control} onValue={onValue} onLeave={onLeave} />}
      </FormField>
    );
  }
  return (
    <RadioGroupField<string>
      id={id} name={path} legend={label} hint={hint} required={required} error={error} value={textOf(value)}
      choices={options.map((o) => ({ value: o.value, label: env.text(o.labelKey) }))}
      onChange={onValue}
      onBlur={onLeave}
    />
  );
}

/** Several options may apply: a fieldset of checkboxes holding the chosen values. */
export function MultiChoiceField({ field, id, label, hint, value, onValue, onLeave, required, error }: ChoiceProps) {
  const env = useRenderer();
  const chosen = stringsOf(value);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const toggle = (option: string, on: boolean) => {
    const next = on ? [...chosen, option] : chosen.filter((v) => v !== option);
    // Keep the form's order, whatever the order of the clicks.
    onValue((field.options ?? []).map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <fieldset id={id} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined} className="flex min-w-0 flex-col gap-2">
      <legend className="mb-2 text-std-17B-170 text-solid-gray-900">
        {label}
        {required && <RequiredBadge />}
      </legend>
      {hintId && <p id={hintId} className="text-std-16N-170 text-solid-gray-700">{hint}</p>}
      <div className="flex flex-col gap-1">
        {(field.options ?? []).map((o) => (
          <CheckboxField key={o.value} id={`${id}-${o.value}`} label={env.text(o.labelKey)} checked={chosen.includes(o.value)}
            onChange={(on) => toggle(o.value, on)} onBlur={onLeave} />
        ))}
      </div>
      {errorId && <ErrorText id={errorId}>{error}</ErrorText>}
    </fieldset>
  );
}
