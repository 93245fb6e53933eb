/**
 * A loaded knowledge base: the entries by id, the fuse.js searcher over them (from the prebuilt
 * index when there is one) and the vocabulary the classifier uses to tell in-scope words from
 * out-of-scope ones.
 */
import Fuse from 'fuse.js';
import { SEARCH_OPTIONS, searchDocument, type SearchDocument } from './search-keys.js';
import type { CompiledKnowledge, KnowledgeEntry, SerializedIndex } from './types.js';

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

/** Builds the serialisable fuse.js index for entries (used by `iop-kb build`). */
export function buildSearchIndex(entries: readonly KnowledgeEntry[]): SerializedIndex {
  const docs = entries.map(searchDocument);
  return Fuse.createIndex(SEARCH_OPTIONS.keys ?? [], docs).toJSON();
}

/**
 * Loads compiled knowledge. When `extra` entries are given (a center's additions or overrides)
 * the prebuilt index no longer matches, so the index is rebuilt in memory; that costs a few
 * milliseconds once, at load.
 */
export function loadKnowledge(compiled: CompiledKnowledge, extra: readonly KnowledgeEntry[] = []): KnowledgeBase {
  const entries = mergeEntries(compiled.entries, extra);
  const docs = entries.map(searchDocument);
  const prebuilt =
    extra.length === 0 && compiled.index !== undefined
      ? Fuse.parseIndex<SearchDocument>(compiled.index as Parameters<typeof Fuse.parseIndex>[0])
      : undefined;
  const fuse = new Fuse(docs, SEARCH_OPTIONS, prebuilt);
  const vocabulary = new Map<string, number>();
  for (const doc of docs) {
    const words = new Set(`${doc.title} ${doc.questions} ${doc.keywords}`.split(' ').map((w) => w.slice(1, -1)));
    for (const word of words) if (word) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
  }
  return {
    locale: compiled.locale,
    entries: new Map(entries.map((e) => [e.id, e])),
    fuse,
    vocabulary,
    sources: compiled.sources ?? {},
  };
}
