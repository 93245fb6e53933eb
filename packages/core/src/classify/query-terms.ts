/**
 * Turns a visitor's message into the words the topic search looks for: content words mapped onto
 * the knowledge vocabulary (stemmed like the knowledge, so "costs" meets "cost"; one typo away for words of six or more letters:
 * "insurence" -> "insurance"), duplicates removed, and only the most telling few kept: the rarest
 * words decide a topic, and a long message must not cost more than a short one.
 */
import { normalizedSearchWords, searchToken, searchWords } from '../knowledge/search-keys.js';
import { withinOneEdit } from '../text/edit-distance.js';


/** How many words of a message the search reads at most. */
export const MAX_QUERY_TERMS = 4;

const MIN_TYPO_LENGTH = 6;

/** The vocabulary form of a (stemmed) word, or undefined when the knowledge base does not know it. */
export function vocabularyForm(vocabulary: ReadonlyMap<string, number>, word: string): string | undefined {
  if (vocabulary.has(word)) return word;
  // Short real words sit one letter from other real words ("plays"/"plans", "cost"/"coat"): only
  // longer words are corrected, which is where visitors' typos matter ("insurence", "saftey").
  if (word.length < MIN_TYPO_LENGTH) return undefined;
  let best: string | undefined;
  let bestCount = 0;
  for (const [candidate, count] of vocabulary) {
    if (candidate.length >= MIN_TYPO_LENGTH - 1 && Math.abs(candidate.length - word.length) <= 1 && count > bestCount && withinOneEdit(candidate, word)) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

export interface QueryTerms {
  /** Content words of the message (after stop words). */
  readonly content: readonly string[];
  /** How many content words the knowledge base knows. */
  readonly known: number;
  /** The words the search reads (vocabulary forms, distinct, rarest first, capped). */
  readonly words: readonly string[];
  /** The same words as search tokens. */
  readonly terms: readonly string[];
}

/** `normalized`: the message already normalised, when the caller has it (saves doing it twice). */
export function queryTerms(vocabulary: ReadonlyMap<string, number>, message: string, normalized?: string): QueryTerms {
  const content = normalized === undefined ? searchWords(message) : normalizedSearchWords(normalized);
  const forms = new Map<string, number>();
  let known = 0;
  for (const word of content) {
    const form = vocabularyForm(vocabulary, word);
    if (form === undefined) continue;
    known++;
    forms.set(form, vocabulary.get(form) ?? vocabulary.get(word) ?? 1);
  }
  const words = [...forms]
    .sort((a, b) => a[1] - b[1])
    .slice(0, MAX_QUERY_TERMS)
    .map(([w]) => w);
  return { content, known, words, terms: words.map(searchToken) };
}
