/**
 * Where a questionnaire goes next.
 *
 * After a question: the chosen option's `next`, else the question's `next`, else the following
 * question in the list, else the end. A question whose `showIf` does not hold is passed over along
 * its own default route. Validation guarantees these routes form no cycle; the step limit here only
 * keeps an unvalidated definition from looping.
 */
import type { AnswerFacts } from './answer-facts.js';
import type { QuestionnaireIndex } from './questionnaire-index.js';
import { SCREENING_END, type AnswerOption, type NextTarget, type Question, type Questionnaire } from './questionnaire-types.js';

/** The route taken when no option says otherwise (also used to pass over a hidden question). */
export function defaultNext(q: Questionnaire, index: QuestionnaireIndex, question: Question): NextTarget {
  if (question.next !== undefined) return question.next;
  const position = index.position.get(question.id);
  return position === undefined ? SCREENING_END : (q.questions[position + 1]?.id ?? SCREENING_END);
}

/** The route after `question` was answered with `chosen`. */
export function nextAfter(
  q: Questionnaire,
  index: QuestionnaireIndex,
  question: Question,
  chosen: readonly AnswerOption[],
): NextTarget {
  const routed = question.multiple ? undefined : chosen.find((o) => o.next !== undefined)?.next;
  return routed ?? defaultNext(q, index, question);
}

/** The first question at or after `target` that is shown, or undefined at the end. */
export function firstShown(
  q: Questionnaire,
  index: QuestionnaireIndex,
  target: NextTarget,
  facts: AnswerFacts,
): Question | undefined {
  let question = target === SCREENING_END ? undefined : index.question.get(target);
  for (let step = 0; question && step < q.questions.length; step++) {
    if (!question.showIf || facts.holds(question.showIf)) return question;
    const next = defaultNext(q, index, question);
    question = next === SCREENING_END ? undefined : index.question.get(next);
  }
  return undefined;
}
