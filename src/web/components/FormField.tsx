import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Form fields accessible by construction (DESIGN §3.9, DADS): label (+ 必須 badge) + support text + control +
 * error text, the control wired to the support and error texts with aria-describedby and marked aria-invalid.
 * Labels are always visible text, never placeholders.
 */

export interface ControlAttributes {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  required: boolean | undefined;
}

interface FieldFrame {
  /** The control's id (for a group, the fieldset's); support and error texts get `${id}-hint` and `${id}-error`. */
  id: string;
  required?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
}

const joinIds = (...ids: (string | false | undefined)[]): string | undefined => ids.filter(Boolean).join(' ') || undefined;

export function RequiredBadge() {
  const { t } = useTranslation();
  // Follows the label text on the same line, wrapping with it; the space keeps the accessible name readable.
  return (
    <>
      {' '}
      <span className="ml-1 inline-block text-oln-16N-100 text-error-2">{t('form.required')}</span>
    </>
  );
}

function Hint({ id, children }: { id: string; children: ReactNode }) {
  return <p id={id} className="text-std-16N-170 text-solid-gray-700">{children}</p>;
}

export function ErrorText({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="flex gap-1 text-std-16B-170 text-error-2">
      <ErrorIcon />
      <span>{children}</span>
    </p>
  );
}

function ErrorIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="mt-1 size-5 shrink-0 fill-current">
      <path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1 5h2v7h-2V7Zm0 9h2v2h-2v-2Z" />
    </svg>
  );
}

/** One control (input, select) with its label: `children` receives the attributes to spread on the control. */
export function FormField({ id, label, required, hint, error, children }: FieldFrame & {
  label: ReactNode;
  children: (control: ControlAttributes) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="text-std-17B-170 text-solid-gray-900">
        {label}
        {required && <RequiredBadge />}
      </label>
      {hintId && <Hint id={hintId}>{hint}</Hint>}
      {children({ id, 'aria-describedby': joinIds(hintId, errorId), 'aria-invalid': errorId ? true : undefined, required })}
      {errorId && <ErrorText id={errorId}>{error}</ErrorText>}
    </div>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: ReactNode;
  hint?: ReactNode;
}

/** A question answered by one of several choices: a fieldset whose legend is the label, with radio buttons. */
export function RadioGroupField<T extends string>({ id, legend, required, hint, error, name, choices, value, onChange, onBlur }: FieldFrame & {
  legend: ReactNode;
  name: string;
  choices: readonly Choice<T>[];
  value: T | '';
  onChange: (value: T) => void;
  onBlur?: () => void;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset id={id} aria-describedby={joinIds(hintId, errorId)} className="flex min-w-0 flex-col gap-2">
      <legend className="mb-2 text-std-17B-170 text-solid-gray-900">
        {legend}
        {required && <RequiredBadge />}
      </legend>
      {hintId && <Hint id={hintId}>{hint}</Hint>}
      <div className="flex flex-col gap-1">
        {choices.map((choice) => {
          const choiceId = `${id}-${choice.value}`;
          const choiceHintId = choice.hint ? `${choiceId}-hint` : undefined;
          return (
            <div key={choice.value} className="flex items-start gap-3">
              <input
                type="radio"
                id={choiceId}
                name={name}
                value={choice.value}
                checked={value === choice.value}
                onChange={() => onChange(choice.value)}
                onBlur={onBlur}
                required={required}
                aria-invalid={errorId ? true : undefined}
                aria-describedby={choiceHintId}
                className="mt-2.5 size-6 shrink-0 accent-blue-900"
              />
              <ChoiceText id={choiceId} label={choice.label} hint={choice.hint} hintId={choiceHintId} />
            </div>
          );
        })}
      </div>
      {errorId && <ErrorText id={errorId}>{error}</ErrorText>}
    </fieldset>
  );
}

/** The label of a radio button or checkbox, and its own support text outside the label (so it is not part of the name). */
function ChoiceText({ id, label, hint, hintId }: { id: string; label: ReactNode; hint: ReactNode; hintId: string | undefined }) {
  return (
    <div className="flex min-h-11 min-w-0 flex-col justify-center py-1.5">
      <label htmlFor={id} className="text-std-16N-170 text-solid-gray-900">{label}</label>
      {hintId && <p id={hintId} className="text-std-16N-170 text-solid-gray-700">{hint}</p>}
    </div>
  );
}

/** A yes/no statement answered by ticking a box (optional by nature). */
export function CheckboxField({ id, label, hint, checked, onChange, onBlur }: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  onBlur?: () => void;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="flex items-start gap-3">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        onBlur={onBlur}
        aria-describedby={hintId}
        className="mt-2.5 size-6 shrink-0 accent-blue-900"
      />
      <ChoiceText id={id} label={label} hint={hint} hintId={hintId} />
    </div>
  );
}

/** DADS input and select look: a 3 rem tall box with a dark border; red when invalid. */
export const CONTROL_CLASS =
  'min-h-12 w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-2 text-std-16N-170 text-solid-gray-900 hover:border-black aria-invalid:border-2 aria-invalid:border-error-1';
