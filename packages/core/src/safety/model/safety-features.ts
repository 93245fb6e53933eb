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
 * Each is hashed (FNV-1a); a model folds the hashes into the buckets of its tables.
 */
import { normalize, normalizeWhole, tokenize } from '../../text/normalize.js';

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

/** Words of a text, normalised (its first MAX_MESSAGE_CHARS characters: see `normalize`). */
const wordsOf = (text: string): string[] => tokenize(normalize(text));

/**
 * The hashed features of a run of words: 32-bit FNV-1a hashes, deduplicated and sorted; a model
 * keeps as many low bits of each as its table has buckets. `notes` are what the rules read in the
 * message (a rule that matched, and why context set it aside: history, negation, a figure of
 * speech...), each one more feature: the model learns how much each is worth.
 */
export function featureHashes(words: readonly string[], notes: readonly string[] = []): Uint32Array {
  const out = new Set<number>();
  const add = (key: string): void => {
    out.add(hashString(key));
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

/** The feature buckets of a run of words in a table of `2^bits`, deduplicated and sorted. */
export function featuresOfWords(words: readonly string[], bits: number, notes: readonly string[] = []): Uint32Array {
  const mask = (1 << bits) - 1;
  return Uint32Array.from([...new Set([...featureHashes(words, notes)].map((h) => h & mask))].sort((a, b) => a - b));
}

/** The feature buckets of a whole message. */
export function safetyFeatures(message: string, bits: number, notes: readonly string[] = []): Uint32Array {
  return featuresOfWords(wordsOf(message), bits, notes);
}

/** At most this many words in one window of a long message. */
const WINDOW_WORDS = 40;

/** More sentences than this and they are read in runs (see `safetyWindows`). */
const MANY_SENTENCES = 100;

/** Joins consecutive sentences into runs of at least `chars` characters. */
function runsOf(sentences: readonly string[], chars: number): string[] {
  const runs: string[] = [];
  let run = '';
  for (const sentence of sentences) {
    run += ` ${sentence}`;
    if (run.length >= chars) {
      runs.push(run);
      run = '';
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * The windows a message is also read in: each sentence on its own and with the one after it, so
 * that danger inside or after an ordinary question is weighed on its own and not drowned by the
 * rest. A long sentence is read in overlapping stretches of words. A message of one short sentence
 * has no windows beyond itself.
 */
export function safetyWindows(message: string): string[][] {
  // Every sentence, however long the message: the whole-message reading sees only its first
  // MAX_MESSAGE_CHARS characters (normalize stops there), the windows see the rest (normalizeWhole).
  const split = message.split(SENTENCE_END);
  // A message of very many sentences (a pasted document, a flood of "a. a. a.") is read in runs
  // of sentences of about half a window each, so the work stays proportional to its length.
  const sentences = (split.length > MANY_SENTENCES ? runsOf(split, 100) : split).map((sentence) => tokenize(normalizeWhole(sentence))).filter((words) => words.length > 0);
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
