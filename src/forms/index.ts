export * from './types.js';
export {
  evaluateCondition, fieldsOnPath, isAnswered, isFieldRequired, labelOf, normaliseAnswers, normaliseValue, pagesOnPath,
  pruneAnswers, validateAnswers, type ValidationMode, type ValidationOutcome,
} from './engine.js';
export { LATIN_NAME_MAX, PHONE_MAX_DIGITS } from './field-rules.js';
