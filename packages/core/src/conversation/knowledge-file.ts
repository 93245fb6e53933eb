/**
 * A center's knowledge file, as the script tag's `data-knowledge` names it: the JSON that
 * `iop-kb build --extra DIR --out FILE` writes (`{"format": 1, "entries": [...], ...}`; a plain
 * `{"entries": [...]}` of the same entries is read too). It arrives over the network, so it is
 * read as untrusted: its entries pass the same check as `extraKnowledge` (`checkEntries`), and a
 * file that holds what the build never writes (markup, bidi or invisible characters, keys such as
 * `__proto__`) was changed after it was built. A file is used whole or not at all: any problem
 * refuses it, with one reason, so a center never gets half its overrides without knowing.
 */
import { cleanText, hasInvisible } from '../config/clean-text.js';
import type { KnowledgeEntry } from '../knowledge/types.js';
import { checkEntries, MAX_EXTRA_ENTRIES } from './extra-knowledge.js';

export type KnowledgeFileResult =
  | { readonly ok: true; readonly entries: KnowledgeEntry[] }
  /** `reason` is one short clause ("it is not JSON"), safe to print: file text in it is cleaned. */
  | { readonly ok: false; readonly reason: string };

/** Keys that reach an object's prototype when code copies with assignment; no knowledge file has them. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** The start of a tag, a comment or a processing instruction. `iop-kb build` refuses `<` and `>` in answers. */
const MARKUP = /<[a-z!/?]/i;

const SHAPE = 'it is not an iop-chat knowledge file (expected {"entries": [...]}, as iop-kb build writes)';

/** A piece of file text for a message: cleaned, short, quoted. */
function shown(value: string): string {
  const { text, truncated } = cleanText(value, 30);
  return JSON.stringify(truncated ? `${text}…` : text);
}

function refuse(reason: string): KnowledgeFileResult {
  return { ok: false, reason };
}

/** Parses and checks a knowledge file's text; never throws. */
export function readKnowledgeFile(text: string): KnowledgeFileResult {
  let tampered: string | undefined;
  let data: unknown;
  try {
    // Every key and string is seen once, as it is parsed (the reviver returns values unchanged).
    data = JSON.parse(text, (key: string, value: unknown) => {
      if (tampered !== undefined) return value;
      if (PROTOTYPE_KEYS.has(key)) tampered = `it has the key ${JSON.stringify(key)}`;
      else if (typeof value === 'string') {
        const markup = MARKUP.exec(value);
        if (hasInvisible(value)) tampered = 'it has bidi or invisible control characters';
        else if (markup) tampered = `it has markup (${shown(value.slice(markup.index))})`;
      }
      return value;
    });
  } catch {
    return refuse('it is not JSON');
  }
  if (tampered !== undefined) return refuse(tampered);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return refuse(SHAPE);
  const file = data as Record<string, unknown>;
  const format = file['format'];
  if (format !== undefined && format !== 1) return refuse(`its format ${typeof format === 'number' ? format : shown(JSON.stringify(format))} is not 1`);
  const list = file['entries'];
  if (!Array.isArray(list)) return refuse(SHAPE);
  if (list.length === 0) return refuse('it has no entries');
  if (list.length > MAX_EXTRA_ENTRIES) return refuse(`it has ${list.length} entries, more than ${MAX_EXTRA_ENTRIES}`);
  const { entries, problems } = checkEntries(list);
  const first = problems[0];
  if (first) {
    const id: unknown = (list[first.index] as { id?: unknown } | null)?.id;
    const named = typeof id === 'string' && id !== '' ? ` (${shown(id)})` : '';
    const more = problems.length > 1 ? `, and ${problems.length - 1} more ${problems.length > 2 ? 'entries' : 'entry'}` : '';
    return refuse(`entries[${first.index}]${named}: ${first.why}${more}`);
  }
  return { ok: true, entries };
}
