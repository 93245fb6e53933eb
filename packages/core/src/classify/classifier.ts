/**
 * classify(): a visitor's message -> crisis, ranked knowledge entries, or an honest fallback.
 *
 * Order matters: the crisis detector reads every message first and wins over everything. Then
 * the topic search (fuse.js token search over reviewed entries) ranks entries, and a confidence
 * gate decides whether we answer, ask "did you mean", or say we are not sure.
 */
import { detectCrisis, type CrisisDetection } from '../safety/crisis-detector.js';
import type { CrisisKind } from '../safety/crisis-kinds.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { normalize } from '../text/normalize.js';
import { queryTerms } from './query-terms.js';
import { OFF_TOPIC_WORDS, SMALL_TALK, SPAM, TREATMENT_WORDS, VAGUE } from './off-topic.js';

export interface RankedTopic {
  readonly id: string;
  /** 0 (no match) to 1 (perfect), comparable within one message. */
  readonly score: number;
}

export type ClassificationReason =
  | 'crisis'
  | 'confident'
  | 'ambiguous'
  | 'empty'
  | 'small-talk'
  | 'off-topic'
  | 'not-confident';

export interface Classification {
  readonly crisis: boolean;
  readonly crisisKind?: CrisisKind;
  readonly detection: CrisisDetection;
  /** Best first, at most `limit` (default 5). Present even on fallback, for "did you mean". */
  readonly topics: readonly RankedTopic[];
  /** True when we should not answer with topics[0]. */
  readonly fallback: boolean;
  /** True when the top candidates are too close to pick one: ask "did you mean ...?". */
  readonly ambiguous: boolean;
  readonly reason: ClassificationReason;
}

export interface ClassifyOptions {
  readonly limit?: number;
}

/**
 * The confidence gate, tuned on our own regression questions (packages/core/test/classify) and
 * checked on the dev sample. fuse.js scores rank entries well but are not comparable across
 * messages (a one-word message covers "all" of itself), so the gate reads how much of the message
 * the knowledge base understands and how clearly one entry leads.
 */
export const GATE = {
  /** Share of the message's content words the knowledge base knows, below which we fall back. */
  minCoverage: 0.5,
  /** Runner-up at or above this share of the best score -> ask "did you mean ...?" (0.9-1.0 swept on both sets). */
  ambiguityRatio: 0.95,
} as const;

function hasAny(tokens: readonly string[], words: ReadonlySet<string>): boolean {
  return tokens.some((t) => words.has(t));
}

/** Converts fuse's 0-is-best score to a 0..1 confidence. */
function toConfidence(fuseScore: number | undefined): number {
  return 1 - Math.min(1, Math.max(0, fuseScore ?? 1));
}

export function classify(kb: KnowledgeBase, message: unknown, options: ClassifyOptions = {}): Classification {
  const text = typeof message === 'string' ? message : '';
  const detection = detectCrisis(text);
  const limit = options.limit ?? 5;
  const crisis = detection.crisis;
  const base = { crisis, detection, ...(crisis && detection.kind ? { crisisKind: detection.kind } : {}) };

  const normalized = normalize(text);
  const { content, known, terms } = queryTerms(kb.vocabulary, text, normalized);
  if (content.length === 0) {
    const smallTalk = normalized.length > 0 && SMALL_TALK.some((re) => re.test(normalized));
    return { ...base, topics: [], fallback: true, ambiguous: false, reason: crisis ? 'crisis' : smallTalk ? 'small-talk' : 'empty' };
  }

  const results = terms.length > 0 ? kb.fuse.search(terms.join(' '), { limit }) : [];
  const topics = results.map((r) => ({ id: r.item.id, score: toConfidence(r.score) }));
  const best = topics[0]?.score ?? 0;
  const second = topics[1]?.score ?? 0;

  const treatment = hasAny(content, TREATMENT_WORDS);
  const coverage = known / content.length;

  let reason: ClassificationReason;
  if (crisis) reason = 'crisis';
  else if (!treatment && SMALL_TALK.some((re) => re.test(normalized))) reason = 'small-talk';
  else if (!treatment && (hasAny(content, OFF_TOPIC_WORDS) || SPAM.some((re) => re.test(normalized)))) reason = 'off-topic';
  else if (topics.length === 0 || best <= 0 || (coverage < GATE.minCoverage && !treatment)) reason = 'not-confident';
  else if (second >= best * GATE.ambiguityRatio || VAGUE.some((re) => re.test(normalized))) reason = 'ambiguous';
  else reason = 'confident';

  return {
    ...base,
    topics,
    fallback: reason !== 'confident',
    ambiguous: reason === 'ambiguous',
    reason,
  };
}
