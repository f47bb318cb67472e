import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../../forms/types.js';
import { CONTROL_CLASS, type ControlAttributes } from '../FormField.js';
import { useRenderer } from './renderer-context.js';

/** A choice among the field's options as a select (long lists). */
export function OptionSelect({ field, text, control, onValue, onLeave }: {
  field: FieldDefinition; text: string; control: ControlAttributes; onValue: (value: string) => void; onLeave: () => void;
}) {
  const env = useRenderer();
  const { t } = useTranslation();
  return (
    <select {...control} className={`${CONTROL_CLASS} max-w-160`} value={text} onChange={(e) => onValue(e.target.value)} onBlur={onLeave}>
      <option value="">{t('formRenderer.choose')}</option>
      {(field.options ?? []).map((o) => <option key={o.value} value={o.value}>{env.text(o.labelKey)}</option>)}
    </select>
  );
}
