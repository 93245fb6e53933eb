/**
 * Runs a self-check: pure functions from (questionnaire, state) to the next state or the result.
 *
 * Nothing here throws on what the UI sends: an answer to the wrong question, an unknown option or
 * a garbled restored state comes back as an `error` on the state (or `undefined` from
 * `restoreScreening`), never as an exception. Definitions are checked up front by
 * `validateQuestionnaire`, re-exported here so the engine is one import.
 */
import { answerFacts, type AnswerFacts } from './answer-facts.js';
import { crisisKindOf } from './crisis-flags.js';
import { isRecord } from './is-record.js';
import { indexOf } from './questionnaire-index.js';
import { firstShown, defaultNext, nextAfter } from './questionnaire-routing.js';
import type { Question, Questionnaire, ResultBand } from './questionnaire-types.js';
import type {
  ScreeningAnswer,
  ScreeningErrorCode,
  ScreeningProgress,
  ScreeningResult,
  ScreeningState,
} from './screening-state.js';
import { fillWhy } from './why-template.js';

export { validateQuestionnaire, type QuestionnaireValidationResult } from './questionnaire-validation.js';

export function startScreening(q: Questionnaire): ScreeningState {
  return { questionnaireId: q.id, version: q.version, answers: [] };
}

/** The question to ask now, or undefined when the check is complete. */
export function currentQuestion(q: Questionnaire, state: ScreeningState): Question | undefined {
  return locate(q, state.answers, answerFacts(q, state.answers));
}

export function isComplete(q: Questionnaire, state: ScreeningState): boolean {
  return currentQuestion(q, state) === undefined;
}

/**
 * Records an answer to the current question. `choice` is one option id, or several for a
 * multiple-choice question. A rejected answer returns the same answers with `error` set.
 */
export function answerQuestion(
  q: Questionnaire,
  state: ScreeningState,
  questionId: string,
  choice: string | readonly string[],
): ScreeningState {
  const base = withoutError(state);
  const reject = (code: ScreeningErrorCode, message: string): ScreeningState => ({
    ...base,
    error: { code, message },
  });
  if (state.questionnaireId !== q.id || state.version !== q.version) {
    return reject(
      'wrong-questionnaire',
      `This answer belongs to "${state.questionnaireId}" version ${state.version}, not "${q.id}" version ${q.version}.`,
    );
  }
  const current = currentQuestion(q, state);
  if (!current) return reject('complete', `The self-check is already complete; "${questionId}" was not recorded.`);
  if (questionId !== current.id) {
    return reject('wrong-question', `Expected an answer to "${current.id}", got one for "${questionId}".`);
  }
  const ids = optionIds(choice);
  if (!ids) return reject('invalid-option', `An answer to "${current.id}" must be an option id or a list of them.`);
  if (ids.length === 0) return reject('no-option', `Choose an option for "${current.id}".`);
  if (ids.length > 1 && !current.multiple) {
    return reject('invalid-option', `"${current.id}" takes one answer, got ${ids.length}.`);
  }
  const unknown = ids.find((id) => !current.options.some((o) => o.id === id));
  if (unknown !== undefined) return reject('invalid-option', `"${unknown}" is not an option of "${current.id}".`);
  return { ...base, answers: [...base.answers, { question: current.id, options: ids }] };
}

/** Takes back the last answer, so its question is asked again. */
export function goBack(_q: Questionnaire, state: ScreeningState): ScreeningState {
  return { ...withoutError(state), answers: state.answers.slice(0, -1) };
}

export function progress(q: Questionnaire, state: ScreeningState): ScreeningProgress {
  const index = indexOf(q);
  const facts = answerFacts(q, state.answers);
  let ahead = 0;
  let question = locate(q, state.answers, facts);
  // Follow default routes from here; questions that depend on answers not yet given count as hidden.
  while (question && ahead < q.questions.length) {
    ahead++;
    question = firstShown(q, index, defaultNext(q, index, question), facts);
  }
  return { answered: state.answers.length, total: state.answers.length + ahead };
}

/** Scores the answers so far; `complete` says whether the visitor reached the end. */
export function scoreScreening(q: Questionnaire, state: ScreeningState): ScreeningResult {
  const facts = answerFacts(q, state.answers);
  const band = pickBand(q, facts);
  const crisis = facts.flags.map(crisisKindOf).find((kind) => kind !== undefined);
  const reasons = band.why
    .filter((rule) => rule.when === undefined || facts.holds(rule.when))
    .map((rule) => fillWhy(rule.text, facts.scales));
  return {
    bandId: band.id,
    band,
    scales: facts.scales,
    flags: facts.flags,
    ...(crisis ? { crisis } : {}),
    reasons,
    complete: locate(q, state.answers, facts) === undefined,
  };
}

/**
 * Rebuilds a state read back from storage, replaying each answer through the engine. Returns
 * undefined if it is not a state, belongs to another questionnaire or version, or no longer fits.
 */
export function restoreScreening(q: Questionnaire, stored: unknown): ScreeningState | undefined {
  if (!isRecord(stored) || stored.questionnaireId !== q.id || stored.version !== q.version) return undefined;
  if (!Array.isArray(stored.answers)) return undefined;
  let state = startScreening(q);
  for (const answer of stored.answers as unknown[]) {
    if (!isRecord(answer) || typeof answer.question !== 'string') return undefined;
    const ids = optionIds(answer.options);
    if (!ids) return undefined;
    state = answerQuestion(q, state, answer.question, ids);
    if (state.error) return undefined;
  }
  return state;
}

function locate(q: Questionnaire, answers: readonly ScreeningAnswer[], facts: AnswerFacts): Question | undefined {
  const index = indexOf(q);
  const last = answers.at(-1);
  if (!last) return firstShown(q, index, q.start, facts);
  const question = index.question.get(last.question);
  if (!question) return undefined;
  return firstShown(q, index, nextAfter(q, index, question, facts.chosen.get(question.id) ?? []), facts);
}

function pickBand(q: Questionnaire, facts: AnswerFacts): ResultBand {
  const band = q.bands.find((b) => b.when === undefined || facts.holds(b.when)) ?? q.bands.at(-1);
  if (!band) throw new Error(`Questionnaire "${q.id}" has no result bands; check it with validateQuestionnaire.`);
  return band;
}

/** Option ids from what the UI or storage sent, or undefined if it is neither a string nor strings. */
function optionIds(choice: unknown): string[] | undefined {
  if (typeof choice === 'string') return [choice];
  if (!Array.isArray(choice) || !choice.every((id): id is string => typeof id === 'string')) return undefined;
  return [...new Set(choice)];
}

function withoutError(state: ScreeningState): ScreeningState {
  return { questionnaireId: state.questionnaireId, version: state.version, answers: state.answers };
}
