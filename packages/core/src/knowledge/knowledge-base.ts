/**
 * A loaded knowledge base: the entries by id, the fuse.js searcher over them (from the prebuilt
 * index when there is one) and the vocabulary the classifier uses to tell in-scope words from
 * out-of-scope ones.
 */
// The basic build: no extended or logical queries and no built-in token search, none of which we
// use (our searcher is plugged in with Fuse.use, which the basic build keeps).
import Fuse from 'fuse.js/basic';
import { countTokens, useExactTokenSearch, type TokenStats } from './exact-token-search.js';
import { SEARCH_OPTIONS, searchDocument, searchWords, wordsDocument, type SearchDocument } from './search-keys.js';
import type { CompiledKnowledge, KnowledgeEntry, SerializedIndex } from './types.js';
import { stripInvisible } from '../config/clean-text.js';

export interface KnowledgeBase {
  readonly locale: string;
  readonly entries: ReadonlyMap<string, KnowledgeEntry>;
  readonly fuse: Fuse<SearchDocument>;
  /** Every content word of every entry, with how many entries use it (its document frequency). */
  readonly vocabulary: ReadonlyMap<string, number>;
  readonly sources: Readonly<Record<string, string>>;
}

/**
 * Merges `extra` into `base`: an entry with an existing id replaces it, a new id is added.
 * Order is kept (base order, then new entries) so rankings stay stable.
 */
export function mergeEntries(
  base: readonly KnowledgeEntry[],
  extra: readonly KnowledgeEntry[] = [],
): KnowledgeEntry[] {
  const byId = new Map<string, KnowledgeEntry>();
  for (const entry of base) byId.set(entry.id, entry);
  for (const entry of extra) byId.set(entry.id, entry);
  return [...byId.values()];
}

/** The serialisable fuse.js index over search documents. */
export function indexDocuments(documents: readonly SearchDocument[]): SerializedIndex {
  return Fuse.createIndex(SEARCH_OPTIONS.keys ?? [], documents).toJSON();
}

/** Builds the serialisable fuse.js index for entries (used by `iop-kb build`). */
export function buildSearchIndex(entries: readonly KnowledgeEntry[]): SerializedIndex {
  return indexDocuments(entries.map(searchDocument));
}

/** Distinct words of an indexed record (the texts are `_word_` tokens joined by spaces). */
function recordWords(record: unknown): Set<string> {
  const words = new Set<string>();
  const fields = (record as { $?: Record<string, unknown> }).$ ?? {};
  for (const field of Object.values(fields)) {
    const texts = Array.isArray(field) ? field : [field];
    for (const text of texts) {
      const v = (text as { v?: unknown } | null)?.v;
      if (typeof v === 'string') for (const token of v.split(' ')) if (token.length > 2) words.add(token.slice(1, -1));
    }
  }
  return words;
}

/**
 * Loads compiled knowledge. The prebuilt index carries every searchable word, so entries need
 * no example questions or keywords at run time (the browser bundle ships without them). A
 * center's additions and overrides (`extra`) are added to the index in memory, and so are the
 * center's own words (`centerWords`: entry id -> texts, such as the insurance plans it accepts),
 * as keywords of that entry: "do you take HealthPartners" finds the insurance answer.
 */
/** Deeper than any real answer: past it a node is left as it is (and rendering contains it). */
const MAX_DEPTH = 32;

/** An answer's nodes, read defensively, with invisible and bidi characters removed from their words. */
function cleanNode(node: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) return node;
  if (Array.isArray(node)) return node.map((child: unknown) => cleanNode(child, depth + 1));
  if (typeof node !== 'object' || node === null) return node;
  const record = node as Record<string, unknown>;
  const out: Record<string, unknown> = { ...record };
  if (record['t'] === 'text' && typeof record['v'] === 'string') out['v'] = stripInvisible(record['v']);
  if (Array.isArray(record['c'])) out['c'] = cleanNode(record['c'], depth + 1);
  if (Array.isArray(record['items'])) out['items'] = cleanNode(record['items'], depth + 1);
  return out;
}

/**
 * An entry whose title and answer words cannot read differently than they are stored (a phone
 * number reversed by U+202E, words hidden by zero-width characters). Config and server text are
 * cleaned where they are read; knowledge from any source (a center's file, extraKnowledge, the
 * knowledge property) is cleaned here, where every renderer gets it.
 */
function cleanEntry(entry: KnowledgeEntry): KnowledgeEntry {
  const title: unknown = entry.title;
  return {
    ...entry,
    title: typeof title === 'string' ? stripInvisible(title) : entry.title,
    answer: cleanNode(entry.answer) as KnowledgeEntry['answer'],
  };
}

export function loadKnowledge(
  compiled: CompiledKnowledge,
  extra: readonly KnowledgeEntry[] = [],
  centerWords: ReadonlyMap<string, readonly string[]> = new Map(),
): KnowledgeBase {
  const entries = mergeEntries(compiled.entries, extra).map(cleanEntry);
  useExactTokenSearch();
  // Filled from the index below; searchers read it when a search starts.
  const exactTokens: TokenStats = { df: new Map(), fieldCount: 0 };
  const options = { ...SEARCH_OPTIONS, exactTokens };
  let fuse: Fuse<SearchDocument>;
  if (compiled.index !== undefined) {
    // fuse keeps the records it is given and changes them when entries are added or removed
    // (record numbers shift, new records are pushed): give it copies, so that loading the same
    // compiled knowledge again (another chat on the page, a center's overrides) starts clean.
    const records = compiled.index.records.map((record) => ({ ...(record as object) }));
    const index = Fuse.parseIndex<SearchDocument>({ keys: compiled.index.keys, records } as Parameters<typeof Fuse.parseIndex>[0]);
    // With a prebuilt index fuse reads the indexed texts; the documents only name the results.
    const docs = compiled.entries.map((e) => ({ id: e.id, title: '', questions: '', keywords: '' }));
    fuse = new Fuse(docs, options, index);
    for (const entry of extra) {
      fuse.remove((doc) => doc.id === entry.id);
      fuse.add(searchDocument(entry));
    }
  } else {
    fuse = new Fuse(entries.map(searchDocument), options);
  }
  for (const [id, texts] of centerWords) {
    const keywords = [...new Set(texts.flatMap(searchWords))];
    if (keywords.length > 0 && entries.some((e) => e.id === id)) fuse.add(wordsDocument(id, { title: [], questions: [], keywords }));
  }
  countTokens(fuse.getIndex().records, exactTokens);
  const vocabulary = new Map<string, number>();
  for (const record of fuse.getIndex().records) {
    for (const word of recordWords(record)) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
  }
  return {
    locale: compiled.locale,
    entries: new Map(entries.map((e) => [e.id, e])),
    fuse,
    vocabulary,
    sources: compiled.sources ?? {},
  };
}

/**
 * What the chat needs of compiled knowledge, the form shipped to browsers (see knowledge-pack.ts):
 * the same entries without the example questions and keywords, which only the search index needs
 * (and it already holds their words), and without the cited sources, which nothing at run time
 * shows.
 */
export function runtimeKnowledge(compiled: CompiledKnowledge): CompiledKnowledge {
  const { sources: _sources, ...rest } = compiled;
  return { ...rest, entries: compiled.entries.map((e) => ({ ...e, questions: [], keywords: [], sources: [] })) };
}
