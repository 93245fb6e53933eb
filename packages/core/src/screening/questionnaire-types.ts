/**
 * The shape of a self-check questionnaire, as data.
 *
 * A center can replace the default self-check or extend it with JSON of this shape; nothing about a
 * particular check lives in code. `validateQuestionnaire` turns unknown JSON into this type (or
 * into errors that name the broken path), and the engine only ever walks validated data.
 */

/** The routing target that finishes the questionnaire. No question may use this id. */
export const SCREENING_END = 'end';

/** Where to go next: a question id, or `SCREENING_END`. */
export type NextTarget = string;

/** A published instrument the questionnaire uses, credited where its questions are shown. */
export interface Instrument {
  readonly id: string;
  readonly name: string;
  /** Citation of the publication the wording and scoring come from. */
  readonly source: string;
  /** Who owns it and on what terms it may be shown. */
  readonly license: string;
  readonly url: string;
}

/**
 * A test over the answers given so far. Each form is told apart by its key, so the data reads as
 * a sentence: `{ answer: 'reason', in: ['alcohol'] }`, `{ positive: 'audit-c' }`.
 */
export type ScreeningCondition =
  /** The question was answered with (at least) one of these options. */
  | { readonly answer: string; readonly in: readonly string[] }
  /** The scale reached its cut-off. */
  | { readonly positive: string }
  /** The scale's score is at least this number. */
  | { readonly score: string; readonly atLeast: number }
  /** Some chosen option carries this flag. */
  | { readonly flag: string }
  | { readonly all: readonly ScreeningCondition[] }
  | { readonly any: readonly ScreeningCondition[] }
  | { readonly not: ScreeningCondition };

export interface AnswerOption {
  readonly id: string;
  readonly label: string;
  readonly score: number;
  /** Overrides the question's `next` when this option is chosen (single-choice questions only). */
  readonly next?: NextTarget;
  /**
   * Facts this answer establishes, read by conditions and results. `crisis:<kind>` flags (for
   * example `crisis:suicide-self-harm`) hand the conversation to the crisis flow.
   */
  readonly flags?: readonly string[];
}

export interface Question {
  readonly id: string;
  /** Lead-in printed above the item, as on the published form (e.g. the PHQ-2 stem). */
  readonly stem?: string;
  /** The question itself; for an instrument item, exactly as published. */
  readonly text: string;
  readonly help?: string;
  /** Id of the instrument this item belongs to. */
  readonly instrument?: string;
  readonly options: readonly AnswerOption[];
  /** Where to go after this question; defaults to the next question in the list, then `SCREENING_END`. */
  readonly next?: NextTarget;
  /** Asked only when this holds; otherwise skipped as if answered, following `next`. */
  readonly showIf?: ScreeningCondition;
  /** Several options may be chosen; the score is their sum. */
  readonly multiple?: boolean;
}

/** A cut-off: the scale is positive at `atLeast` or more, when `when` holds (or always). */
export interface Cutoff {
  readonly when?: ScreeningCondition;
  readonly atLeast: number;
}

/** A score summed over questions, e.g. AUDIT-C over its three items. */
export interface Scale {
  readonly id: string;
  readonly name: string;
  readonly instrument?: string;
  readonly questions: readonly string[];
  /** Tried in order, first whose `when` holds wins; the last one has no `when` (the default). */
  readonly cutoffs: readonly Cutoff[];
}

/**
 * One line of "why" shown with a result, included when `when` holds (or always).
 * `{score:<scale>}`, `{max:<scale>}` and `{cutoff:<scale>}` are filled in from the scores.
 */
export interface WhyRule {
  readonly when?: ScreeningCondition;
  readonly text: string;
}

export type BandId = 'iop-fit' | 'higher-level' | 'lighter-level' | (string & {});

/** What the visitor is offered next. Every result leads to a person. */
export type NextStep = 'contact';

export interface ResultBand {
  readonly id: BandId;
  readonly title: string;
  /** Framed as information ("may be a good fit; a clinician can tell you for sure"), never a verdict. */
  readonly summary: string;
  /** Bands are tried in order and the first whose `when` holds is the result; the last has no `when`. */
  readonly when?: ScreeningCondition;
  readonly why: readonly WhyRule[];
  readonly nextStep: NextStep;
  /** Knowledge entry ids worth offering with this result (e.g. `helping-loved-one`). */
  readonly topics?: readonly string[];
}

export interface Questionnaire {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly intro: string;
  readonly instruments: readonly Instrument[];
  readonly questions: readonly Question[];
  readonly scales: readonly Scale[];
  readonly bands: readonly ResultBand[];
  /** Id of the first question. */
  readonly start: string;
}
