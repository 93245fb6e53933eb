/**
 * The self-check as one service for the conversation: the questionnaire in use (the center's own
 * when it validates, else the default self-check) and the engine bound to it. This module is what
 * the chat imports on first use of the self-check, so it alone pulls in the engine, the
 * questionnaire checks and the default self-check.
 */
import type { ConfigIssue } from '../config/config-types.js';
import { DEFAULT_SELF_CHECK } from './default-self-check.js';
import {
  answerQuestion,
  currentQuestion,
  goBack,
  isComplete,
  progress,
  restoreScreening,
  scoreScreening,
  startScreening,
  validateQuestionnaire,
} from './questionnaire-engine.js';
import type { Question, Questionnaire } from './questionnaire-types.js';
import type { ScreeningProgress, ScreeningResult, ScreeningState } from './screening-state.js';

export interface ScreeningService {
  readonly questionnaire: Questionnaire;
  /** True when the center's own questionnaire is in use; false for the default self-check. */
  readonly custom: boolean;
  /** Why the configured questionnaire was refused (the default self-check is used instead). */
  readonly issue: ConfigIssue | undefined;
  start(): ScreeningState;
  /** The question to ask now, or undefined when the check is complete. */
  currentQuestion(state: ScreeningState): Question | undefined;
  answer(state: ScreeningState, questionId: string, choice: string | readonly string[]): ScreeningState;
  back(state: ScreeningState): ScreeningState;
  isComplete(state: ScreeningState): boolean;
  score(state: ScreeningState): ScreeningResult;
  progress(state: ScreeningState): ScreeningProgress;
  /** A saved state rebuilt against this questionnaire, or undefined when it no longer fits. */
  restore(stored: unknown): ScreeningState | undefined;
}

/** The service for `configured` (config.questionnaire; undefined means the default self-check). */
export function createScreeningService(configured?: unknown): ScreeningService {
  let questionnaire = DEFAULT_SELF_CHECK;
  let issue: ConfigIssue | undefined;
  if (configured !== undefined) {
    const checked = validateQuestionnaire(configured);
    if (checked.ok) questionnaire = checked.questionnaire;
    else
      issue = {
        field: 'questionnaire',
        severity: 'error',
        message: `questionnaire: ${checked.errors.slice(0, 5).join('; ')}; the default self-check is used instead.`,
      };
  }
  const q = questionnaire;
  return {
    questionnaire,
    custom: questionnaire !== DEFAULT_SELF_CHECK,
    issue,
    start: () => startScreening(q),
    currentQuestion: (state) => currentQuestion(q, state),
    answer: (state, questionId, choice) => answerQuestion(q, state, questionId, choice),
    back: (state) => goBack(q, state),
    isComplete: (state) => isComplete(q, state),
    score: (state) => scoreScreening(q, state),
    progress: (state) => progress(q, state),
    restore: (stored) => restoreScreening(q, stored),
  };
}
