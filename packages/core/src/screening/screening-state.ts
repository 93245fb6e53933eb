/**
 * The state of one visitor's self-check and the result it adds up to.
 *
 * `ScreeningState` is plain JSON: it is kept in sessionStorage between page loads and restored with
 * `restoreScreening`. It holds only what the visitor chose; the current question, progress and
 * result are always worked out from it and the questionnaire, so they can never disagree.
 */
import type { CrisisKind } from '../safety/crisis-kinds.js';
import type { ResultBand } from './questionnaire-types.js';

/** One answered question, in the order the visitor answered. */
export interface ScreeningAnswer {
  readonly question: string;
  readonly options: readonly string[];
}

export type ScreeningErrorCode =
  | 'wrong-questionnaire'
  | 'complete'
  | 'wrong-question'
  | 'no-option'
  | 'invalid-option';

/** Why the last answer was not taken. The state is otherwise unchanged. */
export interface ScreeningError {
  readonly code: ScreeningErrorCode;
  readonly message: string;
}

export interface ScreeningState {
  readonly questionnaireId: string;
  readonly version: string;
  readonly answers: readonly ScreeningAnswer[];
  /** Set when the last call was rejected; cleared by the next accepted call. */
  readonly error?: ScreeningError;
}

export interface ScreeningProgress {
  readonly answered: number;
  /** Answered plus the questions still ahead on the current path (an estimate: later answers can change it). */
  readonly total: number;
}

export interface ScaleResult {
  readonly id: string;
  readonly name: string;
  readonly score: number;
  readonly max: number;
  /** The cut-off that applied (it may depend on another answer, as AUDIT-C's does on sex). */
  readonly cutoff: number;
  readonly positive: boolean;
  /** False when none of the scale's questions were on the visitor's path. */
  readonly asked: boolean;
}

export interface ScreeningResult {
  readonly bandId: string;
  readonly band: ResultBand;
  readonly scales: readonly ScaleResult[];
  /** Every flag the chosen options carry, in answer order. */
  readonly flags: readonly string[];
  /** The first crisis the visitor told us about, if any. */
  readonly crisis?: CrisisKind;
  /** The band's "why" lines that apply, filled in. */
  readonly reasons: readonly string[];
  /** False when scored before the last question (e.g. a crisis interrupted the check). */
  readonly complete: boolean;
}
