/**
 * Features for the trained safety model: what a message "looks like" as a set of hashed
 * indices, shared by training (`iop-kb train`) and the detector so that both see exactly the
 * same thing.
 *
 * The text goes through the same normalisation as the rest of the product (lower case, accents
 * folded, contractions expanded, repeated letters squeezed), so "quiero morir" and "quiero
 * morír", "im done" and "I'm DONE" meet. Three families of features make it hold on words nobody
 * wrote down:
 * - words and word pairs ("not wake", "took all"): meaning carried by phrasing;
 * - character 3- and 4-grams inside words ("suic", "overd", "pastill"): typos, slang spellings and
 *   Spanish inflections share most of them with the spelling the model learnt;
 * - a word pair that skips one word ("took all pills" -> "took pills"): fillers in between.
 * Each is hashed (FNV-1a) into `2^bits` buckets; a message is the sorted set of its buckets.
 */
import { MAX_MESSAGE_CHARS, normalize } from '../../text/normalize.js';

/** FNV-1a over UTF-16 code units, 32 bits. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Splits a message into sentences (before normalisation, where the punctuation still is). */
const SENTENCE_END = /[.!?¡¿;…\n\r]+/;

/** Words of a normalised text. */
function wordsOf(text: string): string[] {
  const normalized = normalize(text);
  return normalized.length === 0 ? [] : normalized.split(' ');
}

/**
 * The hashed feature buckets of a run of words, deduplicated and sorted. `notes` are what the
 * rules read in the message (a rule that matched, and why context set it aside: history, negation,
 * a figure of speech...), each one more feature: the model learns how much each is worth.
 */
export function featuresOfWords(words: readonly string[], bits: number, notes: readonly string[] = []): Uint32Array {
  const mask = (1 << bits) - 1;
  const out = new Set<number>();
  const add = (key: string): void => {
    out.add(hashString(key) & mask);
  };
  for (const note of notes) add(`r ${note}`);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    add(`w ${word}`);
    const next = words[i + 1];
    if (next !== undefined) add(`b ${word} ${next}`);
    const skip = words[i + 2];
    if (skip !== undefined) add(`s ${word} ${skip}`);
    if (word.length >= 3) {
      const padded = ` ${word} `;
      for (let n = 3; n <= 4; n++) {
        for (let j = 0; j + n <= padded.length; j++) add(`c${padded.slice(j, j + n)}`);
      }
    }
  }
  return Uint32Array.from([...out].sort((a, b) => a - b));
}

/** The feature buckets of a whole message. */
export function safetyFeatures(message: string, bits: number, notes: readonly string[] = []): Uint32Array {
  return featuresOfWords(wordsOf(message), bits, notes);
}

/** At most this many words in one window of a long message. */
const WINDOW_WORDS = 40;

/**
 * The windows a message is also read in: each sentence on its own and with the one after it, so
 * that danger inside or after an ordinary question is weighed on its own and not drowned by the
 * rest. A long sentence is read in overlapping stretches of words. A message of one short sentence
 * has no windows beyond itself.
 */
export function safetyWindows(message: string): string[][] {
  // The same characters the whole-message reading sees (normalize reads at most this many).
  const sentences = message
    .slice(0, MAX_MESSAGE_CHARS)
    .split(SENTENCE_END)
    .map(wordsOf)
    .filter((words) => words.length > 0);
  const windows: string[][] = [];
  const addStretches = (words: readonly string[]): void => {
    if (words.length <= WINDOW_WORDS) windows.push([...words]);
    else for (let start = 0; start < words.length - WINDOW_WORDS / 2; start += WINDOW_WORDS / 2) windows.push(words.slice(start, start + WINDOW_WORDS));
  };
  if (sentences.length === 1 && (sentences[0]?.length ?? 0) > WINDOW_WORDS) addStretches(sentences[0] ?? []);
  if (sentences.length < 2) return windows;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i] ?? [];
    addStretches(sentence);
    const next = sentences[i + 1];
    if (next !== undefined) addStretches([...sentence, ...next]);
  }
  return windows;
}

/** The words of a whole message, normalised. */
export function safetyWords(message: string): string[] {
  return wordsOf(message);
}
