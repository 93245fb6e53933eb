/**
 * The one definition of what the topic search reads and how it weighs it. The knowledge build
 * prebuilds the fuse.js index with exactly these keys and options, and core loads it with them;
 * change them in one place only.
 *
 * Each key of an entry is indexed as one text of its distinct content words. Token search then
 * scores an entry by how much of the (IDF-weighted) query each key covers, which is what decides
 * a topic; repeating a word across ten phrasings would only slow the scan. A word already in an
 * entry's keywords or title is not repeated in its questions for the same reason.
 */
import type { IFuseOptions } from 'fuse.js/basic';
import { normalize, tokenize } from '../text/normalize.js';
import { contentTokens } from '../text/stop-words.js';
import type { KnowledgeEntry } from './types.js';

/** What fuse.js indexes for one entry: distinct normalised content words per key. */
export interface SearchDocument {
  readonly id: string;
  readonly title: string;
  readonly questions: string;
  readonly keywords: string;
}

export const SEARCH_KEYS = [
  { name: 'keywords', weight: 3 },
  { name: 'questions', weight: 2 },
  { name: 'title', weight: 1 },
] as const;

/**
 * fuse.js options. Token search is done by our exact-token searcher (exact-token-search.ts,
 * selected by the `exactTokens` statistics that loadKnowledge adds): query words are mapped onto
 * the knowledge vocabulary before searching (typos, inflections: see query-terms.ts), so matching
 * itself is exact, which is also what keeps it fast.
 */
export const SEARCH_OPTIONS: IFuseOptions<SearchDocument> = {
  keys: SEARCH_KEYS.map((k) => ({ name: k.name, weight: k.weight })),
  includeScore: true,
  ignoreLocation: true,
  threshold: 0,
  // Text is normalised (lower case, no accents) before indexing and before searching.
  isCaseSensitive: true,
};

/**
 * A light, deterministic stemmer applied identically to knowledge and to messages, so "costs",
 * "meetings" and "counseling" meet "cost", "meeting" and "counsel" without fuzzy matching.
 */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed') && !word.endsWith('eed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('es') && /(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/** Longest word the search indexes (fuse's bitap patterns are limited to 32 characters). */
const MAX_WORD = 30;

/**
 * Words are indexed and searched wrapped in underscores (which normalisation removes from any
 * text), so a query word matches whole words only: "son" must not match "person", nor "art"
 * "start".
 */
export function searchToken(word: string): string {
  return `_${word}_`;
}

/** Normalised, stemmed content words of a text, in order: the same for documents and queries. */
export function searchWords(text: string): string[] {
  return normalizedSearchWords(normalize(text));
}

/** searchWords for text that is already normalised (the classifier normalises once). */
export function normalizedSearchWords(normalized: string): string[] {
  return contentTokens(tokenize(normalized))
    .map(stem)
    .filter((w) => w.length <= MAX_WORD);
}

function distinct(words: Iterable<string>, exclude: ReadonlySet<string> = new Set()): string[] {
  const out = new Set<string>();
  for (const w of words) if (w && !exclude.has(w)) out.add(w);
  return [...out];
}

/** An entry's distinct search words per key: what `searchDocument` indexes, before the `_word_` marks. */
export interface EntryWords {
  readonly title: readonly string[];
  readonly keywords: readonly string[];
  /** Words of the example questions not already in the title or keywords. */
  readonly questions: readonly string[];
}

/** The search words of a title. */
export function titleWords(title: string): string[] {
  return distinct(searchWords(title));
}

export function entryWords(entry: KnowledgeEntry): EntryWords {
  const title = titleWords(entry.title);
  const keywords = distinct(entry.keywords.flatMap(searchWords));
  const named = new Set([...title, ...keywords]);
  const questions = distinct(entry.questions.flatMap(searchWords), named);
  return { title, keywords, questions };
}

/** The document fuse.js indexes for an entry id with these words. */
export function wordsDocument(id: string, words: EntryWords): SearchDocument {
  const text = (list: readonly string[]) => list.map(searchToken).join(' ');
  return { id, title: text(words.title), questions: text(words.questions), keywords: text(words.keywords) };
}

export function searchDocument(entry: KnowledgeEntry): SearchDocument {
  return wordsDocument(entry.id, entryWords(entry));
}
