/**
 * Text normalisation shared by the topic search and the crisis detector.
 *
 * Visitors type on phones, in a hurry, sometimes in distress: curly quotes, missing apostrophes,
 * repeated letters, emoji, stray markup. Everything that reads a visitor's words goes through here
 * first so that search and safety see the same text.
 */

/** The longest message we read. Anything past this is ignored (never an error). */
export const MAX_MESSAGE_CHARS = 2000;

const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(can)'?t\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/\bwon'?t\b/g, 'will not'],
  [/\b(do|does|did|is|are|was|were|have|has|had|would|should|could|must|need)n'?t\b/g, '$1 not'],
  [/\bain'?t\b/g, 'is not'],
  [/\bi'?m\b/g, 'i am'],
  [/\b(you|we|they)'re\b/g, '$1 are'],
  [/\b(i|you|we|they)'ve\b/g, '$1 have'],
  [/\b(i|you|we|they|he|she|it)'ll\b/g, '$1 will'],
  [/\b(i|you|we|they|he|she)'d\b/g, '$1 would'],
  [/\b(it|that|what|there|who|where|how|he|she)'s\b/g, '$1 is'],
  [/\bim\b/g, 'i am'],
  [/\bive\b/g, 'i have'],
  [/\bdont\b/g, 'do not'],
  [/\bdoesnt\b/g, 'does not'],
  [/\bdidnt\b/g, 'did not'],
  [/\bisnt\b/g, 'is not'],
  [/\bwasnt\b/g, 'was not'],
  [/\bcant\b/g, 'can not'],
  [/\bwont\b/g, 'will not'],
  [/\bshouldnt\b/g, 'should not'],
  [/\bwouldnt\b/g, 'would not'],
  [/\bcouldnt\b/g, 'could not'],
  [/\bwhats\b/g, 'what is'],
  [/\bthats\b/g, 'that is'],
  [/\bhows\b/g, 'how is'],
  [/\bu\b/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\br\b/g, 'are'],
  [/\bpls|plz\b/g, 'please'],
];

/**
 * Lower-cases, strips markup, accents, emoji and punctuation, expands contractions and folds
 * whitespace. Returns '' for anything that is not a string. Never throws.
 */
export function normalize(input: unknown): string {
  if (typeof input !== 'string' || input.length === 0) return '';
  let s = input.length > MAX_MESSAGE_CHARS ? input.slice(0, MAX_MESSAGE_CHARS) : input;
  s = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/<[^>]{0,200}>/g, ' ')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"');
  for (const [pattern, replacement] of CONTRACTIONS) s = s.replace(pattern, replacement);
  return s
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/(\p{L})\1{2,}/gu, '$1$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `normalize` over a text of any length: a piece of at most MAX_MESSAGE_CHARS at a time, cut at a
 * space where there is one in its second half, so no word is split. For readers that must see a
 * whole message (the safety model's windows), where `normalize` alone reads only its start.
 */
export function normalizeWhole(input: string): string {
  if (input.length <= MAX_MESSAGE_CHARS) return normalize(input);
  const pieces: string[] = [];
  let rest = input;
  while (rest.length > 0) {
    let cut = rest.length <= MAX_MESSAGE_CHARS ? rest.length : rest.lastIndexOf(' ', MAX_MESSAGE_CHARS);
    if (cut < MAX_MESSAGE_CHARS / 2) cut = Math.min(rest.length, MAX_MESSAGE_CHARS);
    const piece = normalize(rest.slice(0, cut));
    if (piece.length > 0) pieces.push(piece);
    rest = rest.slice(cut);
  }
  return pieces.join(' ');
}

/** Splits normalised text into word tokens. */
export function tokenize(normalized: string): string[] {
  return normalized.length === 0 ? [] : normalized.split(' ');
}
