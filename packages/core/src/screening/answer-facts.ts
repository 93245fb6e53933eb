/**
 * What the answers so far establish: the options chosen, the flags they carry, each scale's score
 * against its cut-off, and whether a condition holds.
 *
 * Routing (`showIf`), cut-offs, result bands and "why" lines all ask their questions through here,
 * so a condition means the same thing wherever it appears in a questionnaire.
 */
import { indexOf } from './questionnaire-index.js';
import type { AnswerOption, Question, Questionnaire, Scale, ScreeningCondition } from './questionnaire-types.js';
import type { ScaleResult, ScreeningAnswer } from './screening-state.js';

export interface AnswerFacts {
  /** Chosen options per question id (unknown option ids are left out). */
  readonly chosen: ReadonlyMap<string, readonly AnswerOption[]>;
  readonly flags: readonly string[];
  readonly scales: readonly ScaleResult[];
  holds(condition: ScreeningCondition): boolean;
}

export function answerFacts(q: Questionnaire, answers: readonly ScreeningAnswer[]): AnswerFacts {
  const index = indexOf(q);
  const chosen = new Map<string, readonly AnswerOption[]>();
  const flags = new Set<string>();
  for (const answer of answers) {
    const options = index.question.get(answer.question)?.options ?? [];
    const picked = answer.options.flatMap((id) => options.filter((o) => o.id === id));
    chosen.set(answer.question, picked);
    for (const option of picked) for (const flag of option.flags ?? []) flags.add(flag);
  }
  // Cut-offs may look at answers and flags but never at scales, so scales are scored first.
  const noScales = new Map<string, ScaleResult>();
  const scales = q.scales.map((s) =>
    scoreScale(s, index.question, chosen, (c) => holds(c, chosen, flags, noScales)),
  );
  const byId = new Map(scales.map((s) => [s.id, s]));
  return {
    chosen,
    flags: [...flags],
    scales,
    holds: (c) => holds(c, chosen, flags, byId),
  };
}

/** The most a question can add to a scale. */
export function maxScore(question: Question): number {
  const scores = question.options.map((o) => o.score);
  return question.multiple
    ? scores.reduce((sum, s) => sum + Math.max(0, s), 0)
    : Math.max(0, ...scores);
}

function scoreScale(
  scale: Scale,
  questions: ReadonlyMap<string, Question>,
  chosen: ReadonlyMap<string, readonly AnswerOption[]>,
  test: (c: ScreeningCondition) => boolean,
): ScaleResult {
  let score = 0;
  let max = 0;
  let asked = false;
  for (const id of scale.questions) {
    const question = questions.get(id);
    if (question) max += maxScore(question);
    const picked = chosen.get(id);
    if (picked) {
      asked = true;
      for (const option of picked) score += option.score;
    }
  }
  const cutoff =
    scale.cutoffs.find((c) => c.when === undefined || test(c.when))?.atLeast ?? Number.POSITIVE_INFINITY;
  return { id: scale.id, name: scale.name, score, max, cutoff, positive: asked && score >= cutoff, asked };
}

function holds(
  c: ScreeningCondition,
  chosen: ReadonlyMap<string, readonly AnswerOption[]>,
  flags: ReadonlySet<string>,
  scales: ReadonlyMap<string, ScaleResult>,
): boolean {
  const test = (inner: ScreeningCondition): boolean => holds(inner, chosen, flags, scales);
  if ('answer' in c) return (chosen.get(c.answer) ?? []).some((o) => c.in.includes(o.id));
  if ('positive' in c) return scales.get(c.positive)?.positive ?? false;
  if ('score' in c) return (scales.get(c.score)?.score ?? 0) >= c.atLeast;
  if ('flag' in c) return flags.has(c.flag);
  if ('all' in c) return c.all.every(test);
  if ('any' in c) return c.any.some(test);
  return !test(c.not);
}
