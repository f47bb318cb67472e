import { createContext, useContext } from 'react';
import type { AnswerValue, FieldDefinition } from '../../../forms/types.js';
import type { Language } from '../../i18n/index.js';

/** What every rendered field needs from the page that holds the answers. */
export interface RendererEnv {
  language: Language;
  /** The current answer of a top-level field. */
  value(fieldId: string): AnswerValue | undefined;
  /** The form's own texts (labelKey, hintKey, titleKey, option labelKey). */
  text(key: string): string;
  /** The error text for a field or group-cell path, when it should show. */
  errorFor(path: string): string | undefined;
  isRequired(field: FieldDefinition): boolean;
  onChange(fieldId: string, value: AnswerValue): void;
  /** The user left the field: normalise what was typed and show its errors. */
  onBlur(fieldId: string): void;
}

export const RendererContext = createContext<RendererEnv | undefined>(undefined);

export function useRenderer(): RendererEnv {
  const env = useContext(RendererContext);
  if (!env) throw new Error('form fields render inside a RendererContext provider');
  return env;
}

/** A scalar field (top level or a group cell): where it is, what it holds, how it reports a change. */
export interface ScalarProps {
  field: FieldDefinition;
  path: string;
  value: AnswerValue | undefined;
  onValue: (value: AnswerValue) => void;
  onLeave: () => void;
  required: boolean;
  error: string | undefined;
  /** Extra words after the label (e.g. "computed"). */
  labelSuffix?: string;
}
