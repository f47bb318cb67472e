export * from './types.js';
export {
  describeProblem, evaluateCondition, fieldsOnPath, isAnswered, isFieldRequired, labelOf, normaliseAnswers, normaliseValue,
  pagesOnPath, pruneAnswers, validateAnswers, type ValidationOutcome,
} from './engine.js';
export { LATIN_NAME_MAX, PHONE_MAX_DIGITS } from './field-rules.js';
export { APPLICATION_FORM, contextFromAnswers, pathContext, step1Context } from './application-form.js';
export { ELIGIBILITY_FIELD_IDS, toEligibilityRequest, type FilerFacts } from './eligibility-bridge.js';
export { STEP1_IDS } from './pages/step1.js';
export { COUNTRIES, COUNTRY_CODES, type Country } from './pages/countries.js';
export { RELATIVES_MAX_ROWS } from './pages/applicant-fields.js';
export { FORM_MESSAGES } from './messages/index.js';
