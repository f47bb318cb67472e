export * from './types.js';
export {
  evaluateCondition, fieldsOnPath, isAnswered, isFieldRequired, labelOf, normaliseAnswers, normaliseValue, pagesOnPath,
  pruneAnswers, validateAnswers, type ValidationOutcome,
} from './engine.js';
export { LATIN_NAME_MAX, PHONE_MAX_DIGITS } from './field-rules.js';
export { APPLICATION_FORM, contextFromAnswers, pathContext, step1Context } from './application-form.js';
export { ELIGIBILITY_FIELD_IDS, toEligibilityRequest, type FilerFacts } from './eligibility-bridge.js';
export { STEP1_IDS } from './pages/step1.js';
export { FORM_MESSAGES } from './messages/index.js';
