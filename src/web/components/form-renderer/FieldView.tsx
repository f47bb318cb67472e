import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../../forms/types.js';
import { GroupField } from './GroupField.js';
import { useRenderer } from './renderer-context.js';
import { ScalarField } from './ScalarField.js';

/** One field of a page, in the DADS anatomy, by its type. */
export function FieldView({ field }: { field: FieldDefinition }) {
  const env = useRenderer();
  const { t } = useTranslation();
  if (field.type === 'group') return <GroupField field={field} />;
  return (
    <ScalarField
      field={field}
      path={field.id}
      value={env.value(field.id)}
      onValue={(value) => env.onChange(field.id, value)}
      onLeave={() => env.onBlur(field.id)}
      required={env.isRequired(field)}
      error={env.errorFor(field.id)}
      labelSuffix={field.computed ? t('formRenderer.computed') : undefined}
    />
  );
}
