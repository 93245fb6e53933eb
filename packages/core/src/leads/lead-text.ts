/**
 * Text hygiene for lead fields and for messages that come back from a lead endpoint: trims, drops
 * control and invisible formatting characters (including bidi overrides), and caps lengths so that
 * nothing a visitor or a server sends can smuggle in layout tricks or megabytes of text.
 */

/** Raw strings are cut to this many characters before any other work. */
export const RAW_TEXT_CAP = 10_000;

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/** C0/C1 controls, zero-width and bidi formatting characters, BOM. */
function isInvisible(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0xfeff
  );
}

function clean(value: string, keepNewlines: boolean): string {
  const raw = value.length > RAW_TEXT_CAP ? value.slice(0, RAW_TEXT_CAP) : value;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (isLineBreak(code)) {
      if (code === 0x0d && raw.charCodeAt(i + 1) === 0x0a) continue;
      out += keepNewlines ? '\n' : ' ';
    } else if (code === 0x09) {
      out += ' ';
    } else if (!isInvisible(code)) {
      out += raw[i] ?? '';
    }
  }
  return out;
}

/** One line of text: invisible characters dropped, whitespace runs collapsed, trimmed. */
export function cleanLine(value: string): string {
  return clean(value, false).replace(/\s+/g, ' ').trim();
}

/** Free text that may keep line breaks (at most one blank line in a row), trimmed. */
export function cleanMultiline(value: string): string {
  return clean(value, true)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Cuts text to at most `max` characters, ending with an ellipsis when shortened. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
