/**
 * The compiled knowledge as it travels to browsers: only what the running chat reads, in a compact
 * form that `unpackKnowledge` turns back into `CompiledKnowledge` when the module loads.
 *
 * - Answers travel in their compact form (compact-answer.ts), not as node objects.
 * - The search index is not shipped: each entry carries its keyword and question search words
 *   (the title's are worked out from the title), and the index is built from them on load, the
 *   same index `iop-kb build` builds, with the same field norms.
 * - Example questions, keywords and cited sources stay in knowledge.json: nothing in the chat
 *   reads them (the index holds every searchable word; sources are for the people who write the
 *   answers).
 */
import { packAnswer, unpackAnswer, type PackedBlock } from './compact-answer.js';
import { indexDocuments } from './knowledge-base.js';
import { entryWords, titleWords, wordsDocument } from './search-keys.js';
import { CENTER_FIELDS, type Block, type CenterField, type CompiledKnowledge, type EntryKind, type KnowledgeEntry } from './types.js';

/**
 * One entry: id, title, kind, related ids, center fields, compact answer, keyword search words,
 * question search words. The lists of ids and words are written separated by single spaces.
 */
export type PackedEntry = readonly [
  id: string,
  title: string,
  kind: EntryKind,
  related: string,
  center: string,
  answer: readonly PackedBlock[],
  keywords: string,
  questions: string,
];

export interface KnowledgePack {
  /** Version of this form. */
  readonly pack: 1;
  readonly locale: string;
  readonly entries: readonly PackedEntry[];
}

function words(list: readonly string[], what: string): string {
  for (const item of list) {
    if (item === '' || /\s/.test(item)) throw new Error(`packKnowledge: ${what} ${JSON.stringify(item)} cannot be packed (empty or with white space)`);
  }
  return list.join(' ');
}

function list(text: string): string[] {
  return text === '' ? [] : text.split(' ');
}

/** The browser form of compiled knowledge (used by `iop-kb build`). */
export function packKnowledge(compiled: CompiledKnowledge): KnowledgePack {
  return {
    pack: 1,
    locale: compiled.locale,
    entries: compiled.entries.map((entry): PackedEntry => {
      const found = entryWords(entry);
      return [
        entry.id,
        entry.title,
        entry.kind,
        words(entry.related, `${entry.id}: related id`),
        words(entry.center, `${entry.id}: center field`),
        packAnswer(entry.answer),
        words(found.keywords, `${entry.id}: search word`),
        words(found.questions, `${entry.id}: search word`),
      ];
    }),
  };
}

function isCenterField(name: string): name is CenterField {
  return (CENTER_FIELDS as readonly string[]).includes(name);
}

function unpackEntry(row: unknown, i: number): { entry: KnowledgeEntry; keywords: string[]; questions: string[] } {
  function fail(why: string): never {
    throw new Error(`unpackKnowledge: entries[${i}]: ${why}`);
  }
  if (!Array.isArray(row) || row.length !== 8 || !row.every((cell, n) => typeof cell === 'string' || n === 5)) fail('expected 8 fields');
  const [id, title, kind, related, center, answer, keywords, questions] = row as [string, string, unknown, string, string, unknown, string, string];
  if (kind !== 'answer' && kind !== 'action') fail(`kind ${JSON.stringify(kind)} is not "answer" or "action"`);
  const fields = list(center);
  const unknown = fields.find((f) => !isCenterField(f));
  if (unknown !== undefined) fail(`${JSON.stringify(unknown)} is not a center field`);
  let blocks: Block[] = [];
  try {
    blocks = unpackAnswer(answer);
  } catch (error) {
    fail((error as Error).message);
  }
  const entry: KnowledgeEntry = {
    id,
    title,
    kind,
    questions: [],
    keywords: [],
    related: list(related),
    sources: [],
    center: fields as CenterField[],
    answer: blocks,
  };
  return { entry, keywords: list(keywords), questions: list(questions) };
}

/** Compiled knowledge, search index included, from its browser form. Throws on a malformed pack. */
export function unpackKnowledge(pack: KnowledgePack): CompiledKnowledge {
  const given = pack as Partial<Record<keyof KnowledgePack, unknown>> | null;
  if (typeof given !== 'object' || given === null || given.pack !== 1 || !Array.isArray(given.entries) || typeof given.locale !== 'string') {
    throw new Error('unpackKnowledge: not packed iop-chat knowledge (version 1)');
  }
  const rows = given.entries.map(unpackEntry);
  const entries = rows.map((r) => r.entry);
  const documents = rows.map(({ entry, keywords, questions }) =>
    wordsDocument(entry.id, { title: titleWords(entry.title), keywords, questions }),
  );
  return { format: 1, locale: given.locale, entries, index: indexDocuments(documents) };
}
