/**
 * Cleans configured text before it reaches the page: removes control and invisible formatting
 * characters (including bidi overrides that can make text read differently than it is stored),
 * folds whitespace, trims and caps the length without splitting an emoji in half.
 */

export interface CleanedText {
  readonly text: string;
  /** True when the text was cut to the length cap. */
  readonly truncated: boolean;
}

/** Zero-width space, line/paragraph separators, bidi embeddings/overrides/isolates, BOM. */
const INVISIBLE = new Set([
  0x200b, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2066, 0x2067, 0x2068,
  0x2069, 0xfeff,
]);

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/**
 * @param maxLength the cap, in UTF-16 code units
 * @param multiline keep single line breaks (at most one blank line in a row); otherwise every
 *   line break becomes a space
 */
export function cleanText(value: string, maxLength: number, multiline = false): CleanedText {
  // Bound the work on absurd inputs (a 1 MB attribute): nothing past this could be kept anyway.
  const input = value.length > maxLength * 4 + 1024 ? value.slice(0, maxLength * 4 + 1024) : value;
  let out = '';
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) out += multiline ? '\n' : ' ';
    else if (code === 0x09) out += ' ';
    else if (!isControl(code) && !INVISIBLE.has(code)) out += input.charAt(i);
  }
  out = out.replace(/[ \u00a0]+/g, ' ');
  out = multiline ? out.replace(/ ?\n ?/g, '\n').replace(/\n{3,}/g, '\n\n') : out.replace(/\s+/g, ' ');
  out = out.trim();
  if (out.length <= maxLength) return { text: out, truncated: value.length > input.length };
  let cut = out.slice(0, maxLength);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return { text: cut.trimEnd(), truncated: true };
}

/**
 * Removes control and invisible formatting characters (bidi overrides, zero-width spaces) and
 * nothing else: for text that is already laid out, such as the words of a knowledge answer.
 */
export function stripInvisible(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x0a || code === 0x09) out += ' ';
    else if (!isControl(code) && !INVISIBLE.has(code)) out += value.charAt(i);
  }
  return out;
}

/**
 * True when `value` holds what `stripInvisible` would remove other than tabs and line breaks: control
 * characters, bidi overrides, zero-width characters. Text from a file that should have been
 * compiled (a center's knowledge file) has none, so finding one says the file was tampered with.
 */
export function hasInvisible(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x0a || code === 0x0d || code === 0x09) continue;
    if (isControl(code) || INVISIBLE.has(code)) return true;
  }
  return false;
}
