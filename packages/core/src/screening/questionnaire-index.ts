/**
 * Lookups over a questionnaire (questions, their positions, scales), built once per definition.
 *
 * Definitions are immutable data, so the index is cached per object and shared by routing,
 * scoring and validation.
 */
import type { Question, Questionnaire, Scale } from './questionnaire-types.js';

export interface QuestionnaireIndex {
  readonly question: ReadonlyMap<string, Question>;
  /** Position of each question in `questions`, for the "following question" default. */
  readonly position: ReadonlyMap<string, number>;
  readonly scale: ReadonlyMap<string, Scale>;
}

const cache = new WeakMap<Questionnaire, QuestionnaireIndex>();

export function indexOf(q: Questionnaire): QuestionnaireIndex {
  let index = cache.get(q);
  if (!index) {
    const question = new Map<string, Question>();
    const position = new Map<string, number>();
    q.questions.forEach((item, i) => {
      if (!question.has(item.id)) {
        question.set(item.id, item);
        position.set(item.id, i);
      }
    });
    index = { question, position, scale: new Map(q.scales.map((s) => [s.id, s])) };
    cache.set(q, index);
  }
  return index;
}
