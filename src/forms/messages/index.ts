import { countryMessages } from '../pages/countries.js';
import type { FormMessages } from '../types.js';
import { ADDITIONS_EN } from './additions-en.js';
import { ADDITIONS_JA } from './additions-ja.js';
import { APPLICANT_EN } from './applicant-en.js';
import { APPLICANT_JA } from './applicant-ja.js';
import { COMMON_EN } from './common-en.js';
import { COMMON_JA } from './common-ja.js';
import { STATUS_MESSAGES_EN } from './status-en.js';
import { STATUS_MESSAGES_JA } from './status-ja.js';
import { STEP1_EN } from './step1-en.js';
import { STEP1_JA } from './step1-ja.js';

/** Every text of the application form by flat key (labelKey, hintKey, titleKey, option labelKey), ja and en. */
export const FORM_MESSAGES: FormMessages = {
  ja: { ...COMMON_JA, ...STEP1_JA, ...APPLICANT_JA, ...countryMessages('ja'), ...ADDITIONS_JA, ...STATUS_MESSAGES_JA },
  en: { ...COMMON_EN, ...STEP1_EN, ...APPLICANT_EN, ...countryMessages('en'), ...ADDITIONS_EN, ...STATUS_MESSAGES_EN },
};
