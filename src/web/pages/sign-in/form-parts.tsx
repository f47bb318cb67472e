import type { InputHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { messageIn, type ApiError } from './auth-api.js';

/**
 * Field anatomy of the Digital Agency design system (DESIGN §3.9): visible label (+ 必須), support text,
 * control, error text — wired with aria-describedby and aria-invalid.
 */
export function TextField({ id, label, hint, error, required = true, ...input }: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'required'>) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="flex flex-wrap items-baseline gap-x-2 text-std-17B-170 text-solid-gray-900">
        <span>{label}</span>
        {required && <span className="text-oln-16N-100 text-error-2">{t('auth.required')}</span>}
      </label>
      {hint && <p id={hintId} className="text-std-16N-170 text-solid-gray-700">{hint}</p>}
      <input
        id={id}
        required={required}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className="min-h-14 w-full max-w-120 rounded-8 border border-solid-gray-600 bg-white px-4 text-std-16N-170 text-solid-gray-900 aria-invalid:border-error-1"
        {...input}
      />
      {error && <p id={errorId} className="text-std-16B-170 text-error-2">{error}</p>}
    </div>
  );
}

/** The error summary at the top of a form: announced at once (role="alert"), each item links to its field. */
export function ErrorSummary({ error, fieldIds = {} }: { error: ApiError | undefined; fieldIds?: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const fieldErrors = error.fields.filter((f) => fieldIds[f.path]);
  return (
    <div role="alert" className="rounded-8 border-2 border-error-1 bg-white p-4">
      <p className="text-std-17B-170 text-error-2">{messageIn(error.message, i18n.resolvedLanguage)}</p>
      {error.retryAfterSeconds !== undefined && <p className="mt-1">{t('auth.retryAfter', { seconds: error.retryAfterSeconds })}</p>}
      {fieldErrors.length > 0 && (
        <ul className="mt-2 list-disc pl-6">
          {fieldErrors.map((f) => (
            <li key={`${f.path}-${f.message.en}`}>
              <a className="dads-link" href={`#${fieldIds[f.path]}`}>{messageIn(f.message, i18n.resolvedLanguage)}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Every error text for one field (a password can break several rules), in the page's language. */
export function fieldError(error: ApiError | undefined, path: string, language: string | undefined): string | undefined {
  const found = error?.fields.filter((f) => f.path === path) ?? [];
  return found.length > 0 ? found.map((f) => messageIn(f.message, language)).join(' ') : undefined;
}

export function Notice({ children }: { children: ReactNode }) {
  return <div role="status" className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">{children}</div>;
}

export function PageHeading({ children }: { children: ReactNode }) {
  return <h1 className="text-std-32B-150 text-solid-gray-900 md:text-std-36B-140">{children}</h1>;
}
