/**
 * Knowledge entries passed in code (`config.extraKnowledge`) or in the script tag's knowledge file
 * (`data-knowledge`): checked at run time, since they do not go through `iop-kb build` (or may
 * have been changed since). An answer may be given as plain text (paragraphs separated by a
 * blank line); it is never parsed as Markdown or HTML.
 */
import type { ConfigIssue } from '../config/config-types.js';
import { CENTER_FIELDS, type Block, type CenterField, type KnowledgeEntry } from '../knowledge/types.js';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Entries read from one list; the rest are left out. */
export const MAX_EXTRA_ENTRIES = 200;

function strings(value: unknown, max = 100): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').slice(0, max).map((v) => v.trim().slice(0, 300)) : [];
}

function textBlocks(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .slice(0, 10)
    .map((p) => ({ t: 'p', c: [{ t: 'text', v: p.slice(0, 1000) }] }));
}

/** Deepest inline nesting accepted (strong in em in link...); deeper trees are refused, not recursed into. */
const MAX_INLINE_DEPTH = 8;

/** A Block[] from code is trusted in shape only after this check (no unknown node types). */
function isBlocks(value: unknown): value is Block[] {
  if (!Array.isArray(value)) return false;
  const inline = (n: unknown, depth = 0): boolean => {
    if (typeof n !== 'object' || n === null || depth > MAX_INLINE_DEPTH) return false;
    const children = (c: unknown): boolean => Array.isArray(c) && c.every((child) => inline(child, depth + 1));
    const node = n as Record<string, unknown>;
    switch (node['t']) {
      case 'text':
        return typeof node['v'] === 'string';
      case 'field':
        return (CENTER_FIELDS as readonly unknown[]).includes(node['key']);
      case 'strong':
      case 'em':
        return children(node['c']);
      case 'topic':
        return typeof node['id'] === 'string' && children(node['c']);
      case 'link':
        return typeof node['href'] === 'string' && /^(https?:|tel:|sms:|mailto:)/i.test(node['href']) && children(node['c']);
      default:
        return false;
    }
  };
  return value.every((b: unknown) => {
    if (typeof b !== 'object' || b === null) return false;
    const block = b as Record<string, unknown>;
    if (block['t'] === 'p') return Array.isArray(block['c']) && block['c'].every((n) => inline(n));
    if (block['t'] === 'ul' || block['t'] === 'ol') return Array.isArray(block['items']) && block['items'].every((i) => Array.isArray(i) && i.every((n) => inline(n)));
    return false;
  });
}

/** Why one entry of a list was refused. */
export interface EntryProblem {
  /** Its position in the list. */
  readonly index: number;
  readonly why: string;
}

/**
 * The one check of knowledge entries that did not go through `iop-kb build`: `extraKnowledge`
 * and the script tag's knowledge file (knowledge-file.ts) both use it. The entries it accepts,
 * each refused one with why, and how many past MAX_EXTRA_ENTRIES were left unread.
 */
export function checkEntries(input: readonly unknown[]): { entries: KnowledgeEntry[]; problems: EntryProblem[]; unread: number } {
  const entries: KnowledgeEntry[] = [];
  const problems: EntryProblem[] = [];
  input.slice(0, MAX_EXTRA_ENTRIES).forEach((raw: unknown, index) => {
    let entry: KnowledgeEntry | string;
    try {
      entry = readEntry(raw);
    } catch {
      // A getter that throws, or a tree too deep to walk: this entry cannot be read, the others can.
      entry = 'could not be read';
    }
    if (typeof entry === 'string') problems.push({ index, why: entry });
    else entries.push(entry);
  });
  return { entries, problems, unread: Math.max(0, input.length - MAX_EXTRA_ENTRIES) };
}

export function extraEntries(input: readonly unknown[] | undefined): { entries: KnowledgeEntry[]; issues: ConfigIssue[] } {
  if (!Array.isArray(input)) return { entries: [], issues: [] };
  const { entries, problems, unread } = checkEntries(input);
  const issues: ConfigIssue[] = problems.map(({ index, why }) => {
    const field = `extraKnowledge[${index}]`;
    return { field, severity: 'error', message: `${field}: ${why}; this entry is ignored.` };
  });
  if (unread > 0) issues.push({ field: 'extraKnowledge', severity: 'warning', message: `extraKnowledge: only the first ${MAX_EXTRA_ENTRIES} entries are used.` });
  return { entries, issues };
}

/** One entry from code, checked; or why it is skipped. */
function readEntry(raw: unknown): KnowledgeEntry | string {
  if (typeof raw !== 'object' || raw === null) return 'must be an object';
  const e = raw as Record<string, unknown>;
  const id = e['id'];
  if (typeof id !== 'string' || !ID.test(id)) return 'id must be lowercase words joined by hyphens';
  const title = typeof e['title'] === 'string' ? e['title'].trim().slice(0, 80) : '';
  if (!title) return 'title is required';
  const answer = typeof e['answer'] === 'string' ? textBlocks(e['answer']) : isBlocks(e['answer']) ? e['answer'] : null;
  if (!answer || answer.length === 0) return 'answer must be text or compiled answer blocks';
  const questions = strings(e['questions']);
  if (questions.length === 0) return 'questions must list at least one example phrasing';
  return {
    id,
    title,
    kind: e['kind'] === 'action' ? 'action' : 'answer',
    questions,
    keywords: strings(e['keywords']),
    related: strings(e['related'], 4),
    sources: strings(e['sources'], 10),
    center: strings(e['center'], CENTER_FIELDS.length).filter((c): c is CenterField => (CENTER_FIELDS as readonly string[]).includes(c)),
    answer,
  };
}
