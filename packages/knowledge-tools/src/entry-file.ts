/**
 * Reads one knowledge entry file (YAML front matter + Markdown answer) and validates it, with
 * errors that name the file and the field so a center's staff can fix them without a developer.
 */
import { parse as parseYaml } from 'yaml';
import { CENTER_FIELDS, type CenterField, type EntryKind, type KnowledgeEntry } from '@iop-chat/core';
import { answerText, compileAnswer } from './markdown-to-blocks.js';

export const LIMITS = {
  minQuestions: 6,
  minKeywords: 3,
  maxTitle: 80,
  maxQuestion: 300,
  maxAnswerWords: 120,
  minAnswerWords: 8,
} as const;

const FIELDS = ['id', 'title', 'kind', 'questions', 'keywords', 'related', 'sources', 'center'] as const;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface ParsedEntry {
  readonly entry: KnowledgeEntry;
  /** Entry ids referenced by related and by topic/action links, for cross-checking. */
  readonly references: readonly { field: string; id: string }[];
}

export interface ParseResult {
  readonly parsed?: ParsedEntry;
  readonly errors: string[];
  /** Ids this entry refers to, also when it has other errors, so every problem is reported at once. */
  readonly references?: ParsedEntry['references'];
}

function stringList(value: unknown, field: string, errors: string[]): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    errors.push(`${field}: must be a list`);
    return [];
  }
  const out: string[] = [];
  value.forEach((item, i) => {
    if (typeof item === 'string' && item.trim().length > 0) out.push(item.trim());
    else if (typeof item === 'number') out.push(String(item));
    else errors.push(`${field}[${i}]: must be a non-empty text`);
  });
  return out;
}

/** Parses an entry. `file` is only used in messages; `knownSources` are the citable short names. */
export function parseEntryFile(source: string, file: string, knownSources: ReadonlySet<string>): ParseResult {
  const fail = (message: string): ParseResult => ({ errors: [`${file}: ${message}`] });
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) return fail('missing front matter: the file must start with a line "---", the fields, and another "---"');
  let meta: unknown;
  try {
    meta = parseYaml(match[1] ?? '');
  } catch (error) {
    return fail(`front matter is not valid YAML: ${(error as Error).message.split('\n')[0] ?? ''}`);
  }
  return validateEntry(meta, match[2] ?? '', file, knownSources);
}

/**
 * Validates an entry given as data (front matter fields + Markdown answer). Used for .md files
 * and for entries in JSON files (`{"entries": [{..., "answer": "markdown"}]}`).
 */
export function validateEntry(meta: unknown, markdown: string, file: string, knownSources: ReadonlySet<string>): ParseResult {
  const errors: string[] = [];
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) return { errors: [`${file}: the entry must be a set of "field: value" pairs`] };
  const m = meta as Record<string, unknown>;
  for (const key of Object.keys(m)) {
    if (!(FIELDS as readonly string[]).includes(key)) errors.push(`${key}: unknown field (known: ${FIELDS.join(', ')})`);
  }

  const id = typeof m['id'] === 'string' ? m['id'] : '';
  if (!ID.test(id)) errors.push('id: required, lowercase words joined by hyphens (e.g. "program-length")');
  const expected = file.split(/[\\/]/).pop()?.replace(/\.md$/, '');
  if (id && expected && expected !== id) errors.push(`id: "${id}" does not match the file name "${expected}.md"`);

  const title = typeof m['title'] === 'string' ? m['title'].trim() : '';
  if (!title) errors.push('title: required');
  else if (title.length > LIMITS.maxTitle) errors.push(`title: ${title.length} characters, at most ${LIMITS.maxTitle}`);

  const kindValue = m['kind'] ?? 'answer';
  const kind: EntryKind = kindValue === 'action' ? 'action' : 'answer';
  if (kindValue !== 'answer' && kindValue !== 'action') errors.push('kind: must be "answer" or "action"');

  const questions = stringList(m['questions'], 'questions', errors);
  if (questions.length < LIMITS.minQuestions) errors.push(`questions: needs at least ${LIMITS.minQuestions} example phrasings (found ${questions.length})`);
  questions.forEach((q, i) => {
    if (q.length > LIMITS.maxQuestion) errors.push(`questions[${i}]: longer than ${LIMITS.maxQuestion} characters`);
  });
  const dup = questions.find((q, i) => questions.findIndex((o) => o.toLowerCase() === q.toLowerCase()) !== i);
  if (dup) errors.push(`questions: "${dup}" is listed twice`);

  const keywords = stringList(m['keywords'], 'keywords', errors);
  if (keywords.length < LIMITS.minKeywords) errors.push(`keywords: needs at least ${LIMITS.minKeywords} (found ${keywords.length})`);

  const related = stringList(m['related'], 'related', errors);
  if (related.includes(id)) errors.push('related: an entry cannot be related to itself');

  const sources = stringList(m['sources'], 'sources', errors);
  for (const s of sources) if (!knownSources.has(s)) errors.push(`sources: "${s}" is not a known source (known: ${[...knownSources].join(', ')})`);

  const centerList = stringList(m['center'], 'center', errors);
  const center = centerList.filter((c): c is CenterField => (CENTER_FIELDS as readonly string[]).includes(c));
  for (const c of centerList) if (!center.includes(c as CenterField)) errors.push(`center: "${c}" is not a center field (known: ${CENTER_FIELDS.join(', ')})`);
  if (kind === 'answer' && center.length === 0 && sources.length === 0) {
    errors.push('sources: an answer that does not depend on the center must cite at least one source');
  }

  const body = markdown.trim();
  const compiled = compileAnswer(body);
  for (const e of compiled.errors) errors.push(`answer: ${e}`);
  if (!body) errors.push('answer: required (the text after the front matter)');
  const words = answerText(compiled.blocks).split(/\s+/).filter(Boolean).length;
  if (body && words > LIMITS.maxAnswerWords) errors.push(`answer: ${words} words, at most ${LIMITS.maxAnswerWords}; keep answers short`);
  if (body && words < LIMITS.minAnswerWords) errors.push(`answer: ${words} words, at least ${LIMITS.minAnswerWords}`);
  for (const f of compiled.fields) if (!center.includes(f)) errors.push(`center: the answer uses {{${f}}} so "center" must list ${f}`);

  const references = [
    ...related.map((r) => ({ field: 'related', id: r })),
    ...compiled.links.map((l) => ({ field: 'answer link', id: l })),
  ];
  if (errors.length > 0) return { errors: errors.map((e) => `${file}: ${e}`), references };
  return {
    errors: [],
    references,
    parsed: { entry: { id, title, kind, questions, keywords, related, sources, center, answer: compiled.blocks }, references },
  };
}
