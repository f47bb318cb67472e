import { useTranslation } from 'react-i18next';
import type { AnswerRow, AnswerScalar, AnswerValue, FieldDefinition } from '../../../forms/types.js';
import { ErrorText, RequiredBadge } from '../FormField.js';
import { cellPath, emptyRow, fieldDomId, rowsOf } from './field-paths.js';
import { FieldLabel, ScalarField, useFieldHint } from './ScalarField.js';
import { useRenderer } from './renderer-context.js';

const asScalar = (value: AnswerValue): AnswerScalar => (Array.isArray(value) ? null : (value as AnswerScalar));

/**
 * A repeating group (the relatives table, implementing organisations …): one fieldset per row, rows added and
 * removed by buttons up to `maxRows`. The whole list is one answer, so a change is one patch.
 */
export function GroupField({ field }: { field: FieldDefinition }) {
  const env = useRenderer();
  const { t } = useTranslation();
  const rows = rowsOf(env.value(field.id));
  const id = fieldDomId(field.id);
  const hint = useFieldHint(field);
  const hintId = hint ? `${id}-hint` : undefined;
  const error = env.errorFor(field.id);
  const errorId = error ? `${id}-error` : undefined;
  const canAdd = field.maxRows === undefined || rows.length < field.maxRows;
  const setRows = (next: readonly AnswerRow[]) => env.onChange(field.id, next);
  const setCell = (row: number, column: string, value: AnswerValue) =>
    setRows(rows.map((r, i) => (i === row ? { ...r, [column]: asScalar(value) } : r)));

  return (
    <fieldset id={id} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined} className="flex min-w-0 flex-col gap-4">
      <legend className="mb-2 text-std-17B-170 text-solid-gray-900">
        <FieldLabel field={field} />
        {env.isRequired(field) && <RequiredBadge />}
      </legend>
      {hintId && <p id={hintId} className="text-std-16N-170 text-solid-gray-700">{hint}</p>}
      {errorId && <ErrorText id={errorId}>{error}</ErrorText>}
      {rows.length === 0 && <p className="text-std-16N-170 text-solid-gray-700">{t('formRenderer.group.none')}</p>}
      {rows.map((row, index) => (
        <fieldset key={index} className="flex min-w-0 flex-col gap-4 rounded-8 border border-solid-gray-420 p-4">
          <legend className="px-1 text-std-16B-170">{t('formRenderer.group.row', { number: index + 1 })}</legend>
          {(field.columns ?? []).map((column) => {
            const path = cellPath(field.id, index, column.id);
            return (
              <ScalarField
                key={column.id}
                field={column}
                path={path}
                value={row[column.id] ?? undefined}
                onValue={(value) => setCell(index, column.id, value)}
                onLeave={() => env.onBlur(field.id)}
                required={env.isRequired(column)}
                error={env.errorFor(path)}
              />
            );
          })}
          <div>
            <button type="button" className="dads-button-outline" onClick={() => setRows(rows.filter((_, i) => i !== index))}>
              {t('formRenderer.group.remove', { number: index + 1 })}
            </button>
          </div>
        </fieldset>
      ))}
      <div>
        <button type="button" className="dads-button-outline" disabled={!canAdd} onClick={() => setRows([...rows, emptyRow(field)])}>
          {t('formRenderer.group.add')}
        </button>
        {!canAdd && <p className="mt-1 text-std-16N-170 text-solid-gray-700">{t('formRenderer.group.full', { max: field.maxRows ?? 0 })}</p>}
      </div>
    </fieldset>
  );
}
