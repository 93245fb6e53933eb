/**
 * The self-check's cards, loaded the first time the conversation shows the self-check (see
 * chat/features.ts), together with core's self-check service.
 */
export { renderScreeningIntro } from './screening-intro.js';
export { renderScreeningQuestion } from './screening-question.js';
export { renderScreeningResult } from './screening-result.js';
export { selfCheckStyles as styles } from './self-check.styles.js';
