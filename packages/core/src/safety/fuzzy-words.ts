/**
 * Spelling repair for the few words the crisis detector cannot afford to miss.
 *
 * People in distress type fast on phones: "suicdal", "overdoes", "unconcious", "myslef". Each
 * token of five letters or more that is one edit (insert, delete, substitute or swap two
 * neighbours) away from a key word is rewritten to that key word before the rules run. The key
 * words are chosen so that no common English word sits one edit away from them; the few that do
 * are listed in `NEVER_CORRECT`. Short words ("kil", "pils") are covered in the rule patterns.
 */

import { withinOneEdit } from '../text/edit-distance.js';


/** Distinctive words worth repairing, all five letters or longer. */
export const KEY_WORDS: readonly string[] = [
  'suicide', 'suicidal', 'overdose', 'overdosed', 'overdosing', 'overdoses', 'myself', 'himself', 'herself',
  'themselves', 'breathe', 'breathing', 'seizure', 'seizures', 'seizing', 'convulsing',
  'unconscious', 'unresponsive', 'hallucinating', 'hallucinate', 'hallucination',
  'hallucinations', 'anymore', 'goodbye', 'withdrawal', 'withdrawals', 'detoxing', 'delirium',
  'tremens', 'strangled', 'strangling', 'naloxone', 'fentanyl', 'alcohol', 'burden', 'alive',
  'abusive', 'delirious', 'stockpiling', 'hopeless', 'worthless', 'threatened', 'poisoned',
  'swallowed', 'disoriented', 'friend', 'husband', 'boyfriend', 'girlfriend',
];

/** Real words that sit one edit from a key word and must be left alone. */
const NEVER_CORRECT: ReadonlySet<string> = new Set([
  'alike', 'olive', 'alice', 'clive', 'breath', 'breaths', 'breathed', 'seizes', 'seized',
  'sizing', 'burdens', 'burned', 'threatens', 'poisons', 'hopeful',
]);

const KEY_SET: ReadonlySet<string> = new Set(KEY_WORDS);
const BY_LENGTH = new Map<number, string[]>();
for (const word of KEY_WORDS) {
  const list = BY_LENGTH.get(word.length) ?? [];
  list.push(word);
  BY_LENGTH.set(word.length, list);
}

const MIN_LENGTH = 5;
const CACHE_LIMIT = 4000;
const cache = new Map<string, string>();

/** The key word `token` is a misspelling of, or `token` itself. */
export function repairWord(token: string): string {
  if (token.length < MIN_LENGTH || KEY_SET.has(token) || NEVER_CORRECT.has(token)) return token;
  const cached = cache.get(token);
  if (cached !== undefined) return cached;
  let repaired = token;
  for (const length of [token.length, token.length - 1, token.length + 1]) {
    const candidates = BY_LENGTH.get(length);
    const hit = candidates?.find((word) => withinOneEdit(token, word));
    if (hit !== undefined) {
      repaired = hit;
      break;
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(token, repaired);
  return repaired;
}

/** Repairs every token of normalised text ("i am suicdal" -> "i am suicidal"). */
export function repairText(normalized: string): string {
  if (normalized.length === 0) return normalized;
  const tokens = normalized.split(' ');
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    // "overdoes it" is the verb "overdo", not a misspelt "overdose".
    if (token === 'overdoes' && tokens[i + 1] === 'it') continue;
    tokens[i] = repairWord(token);
  }
  return tokens.join(' ');
}
