/**
 * Turns a visitor's message into the words the topic search looks for: content words mapped onto
 * the knowledge vocabulary (stemmed like the knowledge, so "costs" meets "cost"; one typo away for words of six or more letters:
 * "insurence" -> "insurance"), duplicates removed, and only the most telling few kept: the rarest
 * words decide a topic, and a long message must not cost more than a short one.
 */
import { searchToken, searchWords } from '../knowledge/search-keys.js';

/** How many words of a message the search reads at most. */
export const MAX_QUERY_TERMS = 6;

const MIN_TYPO_LENGTH = 6;

/** True when a and b differ by at most one insertion, deletion, substitution or transposition. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

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
  readonly terms: readonly string[];
}

export function queryTerms(vocabulary: ReadonlyMap<string, number>, message: string): QueryTerms {
  const content = searchWords(message);
  const forms = new Map<string, number>();
  let known = 0;
  for (const word of content) {
    const form = vocabularyForm(vocabulary, word);
    if (form === undefined) continue;
    known++;
    forms.set(form, vocabulary.get(form) ?? vocabulary.get(word) ?? 1);
  }
  const terms = [...forms]
    .sort((a, b) => a[1] - b[1])
    .slice(0, MAX_QUERY_TERMS)
    .map(([w]) => searchToken(w));
  return { content, known, terms };
}
