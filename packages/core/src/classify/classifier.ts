/**
 * classify(): a visitor's message -> crisis, ranked knowledge entries, or an honest fallback.
 *
 * Order matters: the crisis detector reads every message first and wins over everything. Then
 * the topic search (fuse.js token search over reviewed entries) and the trained topic model (see
 * `topic-model.ts`: learnt from visitors' own questions, so it holds on typos, slang, parents'
 * phrasing and long stories) rank entries together, and a confidence gate decides whether we
 * answer, ask "did you mean", or say we are not sure.
 */
import { detectCrisis, type CrisisDetection } from '../safety/crisis-detector.js';
import type { CrisisKind } from '../safety/crisis-kinds.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { normalize } from '../text/normalize.js';
import { queryTerms } from './query-terms.js';
import { OFF_TOPIC_WORDS, SMALL_TALK, SPAM, TREATMENT_WORDS, VAGUE } from './off-topic.js';
import { createTopicModel, type TopicModel, type TopicScore } from './topic-model.js';
import { TOPIC_MODEL_DATA } from './topic-model-data.js';

const TOPIC_MODEL = createTopicModel(TOPIC_MODEL_DATA);

/** The model's ranking, or none at all if it cannot give one (the search alone then decides). */
function modelRanking(text: string, model: TopicModel): readonly TopicScore[] {
  try {
    return model(text);
  } catch {
    return [];
  }
}

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
  /** Overrides of the confidence gate (measuring other settings; the product uses `GATE`). */
  readonly gate?: Partial<Record<keyof typeof GATE, number>>;
  /** Replaces the trained topic model (tests; measuring a model trained on part of the corpus). */
  readonly topicModel?: TopicModel;
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
  /** Runner-up at or above this share of the best score -> ask "did you mean ...?". */
  ambiguityRatio: 0.95,
  /** Weight of the model's probability in an entry's score; the rest is the search's confidence. */
  modelWeight: 0.3,
  /** The model at least this sure of one entry answers even when few words are known (typos, slang). */
  modelSure: 0.8,
  /** The model at least this sure that the message is out of scope (and surer than of any entry): fall back. */
  modelNone: 0.5,
  /** The search at least this sure of one entry (a center's own plan name, say) is not overruled by the model's "none". */
  searchSure: 0.7,
  /** Share of a long message's question clause in the model's reading of it (see `questionClause`). */
  clauseWeight: 0.5,
} as const;

/** Sentences, split where the visitor ended one. */
const SENTENCES = /[^.!?\n]+[.!?]*/g;

/**
 * The part of a long message that asks: its last question (or, with none, its last sentence), when
 * the message has more than one sentence. Background ("for months", "every weekend", a drug's name)
 * comes first in a story; the question comes last.
 */
export function questionClause(text: string): string | undefined {
  const sentences = (text.slice(0, 2000).match(SENTENCES) ?? []).map((x) => x.trim()).filter((x) => /[\p{L}\p{N}]/u.test(x));
  if (sentences.length < 2) return undefined;
  const asked = sentences.filter((x) => x.endsWith('?'));
  return asked.at(-1) ?? sentences.at(-1);
}

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
  const gate = { ...GATE, ...options.gate };
  const crisis = detection.crisis;
  const base = { crisis, detection, ...(crisis && detection.kind ? { crisisKind: detection.kind } : {}) };

  const normalized = normalize(text);
  const { content, known, terms } = queryTerms(kb.vocabulary, text, normalized);
  if (content.length === 0) {
    const smallTalk = normalized.length > 0 && SMALL_TALK.some((re) => re.test(normalized));
    return { ...base, topics: [], fallback: true, ambiguous: false, reason: crisis ? 'crisis' : smallTalk ? 'small-talk' : 'empty' };
  }

  const results = terms.length > 0 ? kb.fuse.search(terms.join(' '), { limit: Math.max(limit, 8) }) : [];
  // An entry can have two documents (its own words, the center's: see loadKnowledge): keep its best.
  const searched = new Map<string, number>();
  for (const r of results) searched.set(r.item.id, Math.max(searched.get(r.item.id) ?? 0, toConfidence(r.score)));
  const model = options.topicModel ?? TOPIC_MODEL;
  const learnt = new Map(modelRanking(text, model).map((s) => [s.id, s.probability]));
  // A long message is also read by its question alone, and the two readings averaged.
  const clause = gate.clauseWeight > 0 ? questionClause(text) : undefined;
  if (clause !== undefined) {
    for (const s of modelRanking(clause, model)) learnt.set(s.id, (1 - gate.clauseWeight) * (learnt.get(s.id) ?? 0) + gate.clauseWeight * s.probability);
  }
  const candidates = new Set([...searched.keys(), ...[...learnt.keys()].filter((id) => kb.entries.has(id))]);
  const topics = [...candidates]
    .map((id) => ({ id, score: gate.modelWeight * (learnt.get(id) ?? 0) + (1 - gate.modelWeight) * (searched.get(id) ?? 0) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
  const best = topics[0]?.score ?? 0;
  const second = topics[1]?.score ?? 0;
  const modelBest = Math.max(0, ...[...learnt].filter(([id]) => kb.entries.has(id)).map(([, p]) => p));
  const modelNone = learnt.get('none') ?? 0;
  let searchedTop: string | undefined;
  let searchedBest = 0;
  for (const [id, confidence] of searched) {
    if (confidence > searchedBest) [searchedTop, searchedBest] = [id, confidence];
  }
  // The model learnt the shipped entries only: an entry a center added (extraKnowledge, its own
  // file) that the search ranks first is beyond what the model can judge, so its "none" does not
  // overrule the search there.
  const modelJudges = searchedTop === undefined || learnt.has(searchedTop);

  const treatment = hasAny(content, TREATMENT_WORDS);
  const coverage = known / content.length;

  let reason: ClassificationReason;
  if (crisis) reason = 'crisis';
  else if (!treatment && SMALL_TALK.some((re) => re.test(normalized))) reason = 'small-talk';
  else if (!treatment && (hasAny(content, OFF_TOPIC_WORDS) || SPAM.some((re) => re.test(normalized)))) reason = 'off-topic';
  else if (!treatment && modelJudges && modelNone >= gate.modelNone && modelNone > modelBest && searchedBest < gate.searchSure) reason = 'off-topic';
  else if (topics.length === 0 || best <= 0 || (coverage < gate.minCoverage && !treatment && modelBest < gate.modelSure)) reason = 'not-confident';
  else if (second >= best * gate.ambiguityRatio || VAGUE.some((re) => re.test(normalized))) reason = 'ambiguous';
  else reason = 'confident';

  return {
    ...base,
    topics,
    fallback: reason !== 'confident',
    ambiguous: reason === 'ambiguous',
    reason,
  };
}
