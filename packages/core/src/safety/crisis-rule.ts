/**
 * The shape of one crisis-detection rule: data that the detector interprets.
 *
 * A rule is a phrase template (see `rule-pattern.ts`) plus what it means when it matches: which
 * kind of crisis, how strong (takeover, gentle check, or only evidence for a combination), and
 * which context checks may soften it. Rules are grouped per kind in `rules/`.
 */
import type { CrisisKind } from './crisis-kinds.js';

/**
 * - `crisis`: takes over with crisis resources unless the context says otherwise
 * - `gentle`: never takes over; asks a gentle check
 * - `cue`: evidence only (withdrawal, a weapon at hand); counts in combinations
 */
export type RuleLevel = 'crisis' | 'gentle' | 'cue';

/** Phrases around a match that change its meaning. Templates, like `pattern`. */
export interface RuleContext {
  /** Matched right after the phrase ("cut myself" + "off from friends"). */
  readonly after?: string;
  /** Matched right before the phrase ("gave me" + "a heart attack"). */
  readonly before?: string;
  /** Matched anywhere in the same sentence ("giving away my things" ... "moving"). */
  readonly near?: string;
}

export interface CrisisRule {
  /** Stable id reported in `signals`: `<area>.<name>`. */
  readonly id: string;
  readonly kind: CrisisKind;
  readonly level: RuleLevel;
  /** Phrase template over normalised text. */
  readonly pattern: string;
  /**
   * Who the phrase is about. `self` when the template itself says so ("kill myself"); otherwise
   * (`auto`, the default) the nearest subject before the phrase decides.
   */
  readonly subject?: 'self' | 'auto';
  /**
   * Whose safety is at stake: the subject (default), always the visitor ("he hits me"), or always
   * someone else ("he is beating my mom").
   */
  readonly victim?: 'subject' | 'speaker' | 'other';
  /** Physical danger now: the emergency number goes first. */
  readonly immediate?: boolean;
  /** False when the template carries its own negation ("do not want to live"). Default true. */
  readonly negatable?: boolean;
  /** Only fires when the subject is not the visitor ("he will not wake up"). */
  readonly notForSelf?: boolean;
  /**
   * Only fires when the visitor is the subject ("i could kill him"), said outright or implied at
   * the start of a sentence ("gonna kill him"); "drinking could hurt my kids" does not fire.
   */
  readonly onlyForSelf?: boolean;
  /**
   * Only fires when a person is the subject ("i am shaking", "he is confused"), said outright or
   * implied at the start of a sentence; "the withdrawal shakes are the worst part" does not.
   */
  readonly needsPerson?: boolean;
  /**
   * A topic as much as a statement ("suicidal thoughts", "seizures"): asked about in a question
   * with no one named, it is information and gets a gentle check.
   */
  readonly topical?: boolean;
  /** Past tense alone (was, had) makes it history, without a time marker ("i was suicidal"). */
  readonly pastIsHistory?: boolean;
  /** "can not breathe", "chest is tight": with anxiety words and no substance use, a gentle check. */
  readonly anxietySensitive?: boolean;
  /** Context that makes it not a crisis at all (figures of speech, accidents). */
  readonly notWhen?: RuleContext;
  /** Context that softens it to a gentle check ("killing myself with alcohol"). */
  readonly softenWhen?: RuleContext;
  /** Extra labels combinations can ask for (the kind is always a label of a crisis rule). */
  readonly tags?: readonly string[];
}

/** Evidence from several rules that together mean a crisis (stopped drinking + seizure). */
export interface ComboRule {
  readonly id: string;
  readonly kind: CrisisKind;
  /** Every group must be met by at least one label; `mention:<kind>` counts any non-negated hit. */
  readonly needs: readonly (readonly string[])[];
  readonly immediate?: boolean;
}
