import { APPLICATION_FORM } from '../../../forms/application-form.js';
import { labelOf } from '../../../forms/engine.js';
import type { Language } from '../../i18n/index.js';

/** The form's own texts (labels, hints, page titles, options) come with the form definition (FORM_MESSAGES). */
export function formText(key: string, language: Language): string {
  return labelOf(APPLICATION_FORM, key)[language];
}
