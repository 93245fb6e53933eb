/**
 * Compiles a knowledge folder (plus optional additions and overrides) into the form core loads:
 * validated entries, answers as safe trees, cross-references checked, search index prebuilt.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildSearchIndex, mergeEntries, type CompiledKnowledge, type KnowledgeEntry } from '@iop-chat/core';
import { parseEntryFile, validateEntry, type ParsedEntry } from './entry-file.js';

export interface CompileOptions {
  /** Folders of `<id>.md` files or `.json` files, in order; later ones override earlier ids. */
  readonly inputs: readonly string[];
  /** YAML file of citable sources (short name -> title). */
  readonly sourcesFile: string;
  readonly locale?: string;
  /** Ids that must exist (e.g. the product's required topics). */
  readonly requiredIds?: readonly string[];
  /** Paths in messages are shown relative to this folder. */
  readonly cwd?: string;
}

export interface CompileResult {
  readonly knowledge?: CompiledKnowledge;
  readonly errors: string[];
  readonly files: number;
}

function readSources(path: string, errors: string[]): Record<string, string> {
  try {
    const data: unknown = parseYaml(readFileSync(path, 'utf8'));
    if (typeof data !== 'object' || data === null) throw new Error('expected "short-name: title" lines');
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, String(v)]));
  } catch (error) {
    errors.push(`${path}: cannot read sources: ${(error as Error).message}`);
    return {};
  }
}

function listFiles(input: string, errors: string[]): string[] {
  try {
    if (statSync(input).isDirectory()) {
      return readdirSync(input)
        .filter((f) => f.endsWith('.md') || f.endsWith('.json'))
        .filter((f) => !/^readme\.md$/i.test(f))
        .sort()
        .map((f) => join(input, f));
    }
    return [input];
  } catch {
    errors.push(`${input}: no such file or folder`);
    return [];
  }
}

interface FileResult {
  readonly parsed: ParsedEntry[];
  readonly errors: string[];
  /** References of entries that failed validation, still checked so all problems show at once. */
  readonly orphanReferences: ParsedEntry['references'];
}

function parseFile(path: string, shown: string, sources: ReadonlySet<string>): FileResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { parsed: [], errors: [`${shown}: cannot read: ${(error as Error).message}`], orphanReferences: [] };
  }
  if (text.includes('\u0000')) return { parsed: [], errors: [`${shown}: looks like a binary file, not text`], orphanReferences: [] };
  if (!path.endsWith('.json')) {
    const r = parseEntryFile(text, shown, sources);
    return { parsed: r.parsed ? [r.parsed] : [], errors: r.errors, orphanReferences: r.parsed ? [] : (r.references ?? []) };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { parsed: [], errors: [`${shown}: not valid JSON: ${(error as Error).message}`], orphanReferences: [] };
  }
  const list = (data as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(list)) return { parsed: [], errors: [`${shown}: expected {"entries": [...]}`], orphanReferences: [] };
  const out: ParsedEntry[] = [];
  const errors: string[] = [];
  const orphanReferences: ParsedEntry['references'][number][] = [];
  list.forEach((item: unknown, i) => {
    const record = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const { answer, ...meta } = record;
    const id = typeof meta['id'] === 'string' ? meta['id'] : `#${i}`;
    const r = validateEntry(meta, typeof answer === 'string' ? answer : '', `${shown} entries[${i}] (${id})`, sources);
    // A JSON entry has no file name to match its id against.
    errors.push(...r.errors.filter((e) => !e.includes('does not match the file name')));
    if (r.parsed) out.push(r.parsed);
    else orphanReferences.push(...(r.references ?? []));
  });
  return { parsed: out, errors, orphanReferences };
}

export function compileKnowledge(options: CompileOptions): CompileResult {
  const errors: string[] = [];
  const cwd = options.cwd ?? process.cwd();
  const sources = readSources(options.sourcesFile, errors);
  const known = new Set(Object.keys(sources));
  let entries: KnowledgeEntry[] = [];
  const references = new Map<string, { field: string; id: string; file: string }[]>();
  let files = 0;

  for (const input of options.inputs) {
    const seen = new Map<string, string>();
    for (const path of listFiles(input, errors)) {
      files++;
      const shown = relative(cwd, path) || basename(path);
      const result = parseFile(path, shown, known);
      errors.push(...result.errors);
      if (result.orphanReferences.length > 0) references.set(`#invalid:${shown}`, result.orphanReferences.map((r) => ({ ...r, file: shown })));
      for (const { entry, references: refs } of result.parsed) {
        const other = seen.get(entry.id);
        if (other) errors.push(`${shown}: id: "${entry.id}" is already used by ${other}`);
        seen.set(entry.id, shown);
        entries = mergeEntries(entries, [entry]);
        references.set(entry.id, refs.map((r) => ({ ...r, file: shown })));
      }
    }
  }

  const ids = new Set(entries.map((e) => e.id));
  for (const refs of references.values()) {
    for (const ref of refs) if (!ids.has(ref.id)) errors.push(`${ref.file}: ${ref.field}: "${ref.id}" is not an entry id`);
  }
  for (const id of options.requiredIds ?? []) if (!ids.has(id)) errors.push(`missing entry: "${id}" (expected a file ${id}.md)`);
  if (entries.length === 0 && errors.length === 0) errors.push('no entries found');
  if (errors.length > 0) return { errors, files };

  return {
    errors,
    files,
    knowledge: {
      format: 1,
      locale: options.locale ?? 'en',
      entries,
      index: buildSearchIndex(entries),
      sources,
    },
  };
}
