/**
 * Screening: the self-check questionnaire format, the engine that runs it, and the default check.
 */
export * from './questionnaire-types.js';
export * from './screening-state.js';
export {
  answerQuestion,
  currentQuestion,
  goBack,
  isComplete,
  progress,
  restoreScreening,
  scoreScreening,
  startScreening,
  validateQuestionnaire,
  type QuestionnaireValidationResult,
} from './questionnaire-engine.js';
export { DEFAULT_SELF_CHECK } from './default-self-check.js';
export * from './screening-service.js';
