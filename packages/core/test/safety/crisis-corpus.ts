/**
 * A large, deterministic corpus of visitor-like messages for differential tests of the crisis
 * detector: every hand-written test message, plus messages made from them by mutation (words
 * dropped, repeated, swapped or replaced by words the rules themselves use; history, negation,
 * questions and other people put around them; typos, shouting, missing apostrophes; two messages
 * run together) and short runs of rule words. The same seed always gives the same messages.
 */
import { CRISIS_QUESTIONS, FIGURATIVE_TOPIC_QUESTIONS, OUT_OF_SCOPE_QUESTIONS, TOPIC_QUESTIONS } from '../classify/regression-questions.js';
import { COMBO_RULES, CRISIS_RULES } from '../../src/safety/rules/index.js';
import { CALM, CRISES } from './crisis-cases.js';
import { FRESH_CALM, FRESH_CRISES } from './crisis-cases-fresh.js';
import { BLIND_CALM, BLIND_CRISES, BLIND_UNFIXED } from './crisis-cases-blind.js';

/** Every hand-written message the safety and classifier tests use. */
export const TEST_MESSAGES: readonly string[] = [
  ...CRISES.map((c) => c.m),
  ...CALM.map((c) => c.m),
  ...FRESH_CRISES.map((c) => c.m),
  ...FRESH_CALM.map((c) => c.m),
  ...BLIND_CRISES.map((c) => c.m),
  ...BLIND_UNFIXED.map((c) => c.m),
  ...BLIND_CALM.map((c) => c.m),
  ...CRISIS_QUESTIONS,
  ...OUT_OF_SCOPE_QUESTIONS,
  ...TOPIC_QUESTIONS.map((q) => q.q),
  ...FIGURATIVE_TOPIC_QUESTIONS.map((q) => q.q),
];

/** A small, fast, seeded generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The words the rule templates and their contexts are written in. */
function ruleWords(): string[] {
  const texts = CRISIS_RULES.flatMap((r) => [
    r.pattern,
    r.notWhen?.after, r.notWhen?.before, r.notWhen?.near,
    r.softenWhen?.after, r.softenWhen?.before, r.softenWhen?.near,
  ]);
  const words = new Set<string>();
  for (const text of texts) for (const word of text?.match(/[a-z0-9]+/g) ?? []) words.add(word);
  for (const combo of COMBO_RULES) words.add(combo.id.split('.')[1] ?? '');
  return [...words].filter((w) => w.length > 0).sort();
}

const LEADS = [
  'last year', 'years ago', 'when i was 16', 'my friend', 'my brother', 'he', 'she said', 'people who',
  'what if', 'what happens if', 'how do i know if', 'i am not', 'i would never', 'not', 'never', 'i',
  'we', 'someone', 'a friend', 'lol', 'honestly', 'hey', 'question:', 'can you help,', 'im scared',
  'right now', 'again', 'i just', 'and then', 'but', 'so', 'is it normal that', 'my mom thinks',
];
const TAILS = [
  'years ago', 'last night', 'right now', 'tonight', 'again', 'in 2019', 'when i was a kid', 'lol',
  'jk', '?', '!', '...', 'anyway', 'please help', 'is that normal?', 'do you take insurance?',
  'and i am scared', 'but i am ok now', 'for a week', 'with my friends', 'at work', 'on the roof',
  'and he will not wake up', 'and i have a gun', 'after i stopped drinking', 'since i quit',
];
const JOINS = ['. ', ', ', ' and ', '! ', '? ', '\n', ' but ', ' so ', '; '];

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T;
}

function typo(next: () => number, word: string): string {
  if (word.length < 3) return word;
  const i = 1 + Math.floor(next() * (word.length - 2));
  const op = Math.floor(next() * 4);
  if (op === 0) return word.slice(0, i) + word.slice(i + 1);
  if (op === 1) return word.slice(0, i - 1) + (word[i] ?? '') + (word[i - 1] ?? '') + word.slice(i + 1);
  if (op === 2) return word.slice(0, i) + (word[i] ?? '') + word.slice(i);
  return word.slice(0, i) + String.fromCharCode(97 + Math.floor(next() * 26)) + word.slice(i + 1);
}

function mutate(next: () => number, message: string, vocabulary: readonly string[]): string {
  let words = message.split(/\s+/).filter((w) => w.length > 0);
  const ops = 1 + Math.floor(next() * 3);
  for (let k = 0; k < ops; k++) {
    const at = Math.floor(next() * Math.max(1, words.length));
    switch (Math.floor(next() * 12)) {
      case 0: words.splice(at, 1); break;
      case 1: words.splice(at, 0, words[at] ?? ''); break;
      case 2: if (at + 1 < words.length) [words[at], words[at + 1]] = [words[at + 1] ?? '', words[at] ?? '']; break;
      case 3: words.splice(at, 0, pick(next, vocabulary)); break;
      case 4: words[at] = pick(next, vocabulary); break;
      case 5: words.unshift(...pick(next, LEADS).split(' ')); break;
      case 6: words.push(...pick(next, TAILS).split(' ')); break;
      case 7: words[at] = typo(next, words[at] ?? ''); break;
      case 8: words = words.map((w) => w.replace(/'/g, '')); break;
      case 9: words = words.map((w) => (next() < 0.5 ? w.toUpperCase() : w)); break;
      case 10: words.splice(at, 0, ...pick(next, vocabulary).split(' '), pick(next, vocabulary)); break;
      default: words.splice(at, 0, pick(next, JOINS).trim() || ','); break;
    }
  }
  return words.join(' ');
}

/**
 * `count` messages made from the test messages (and rule words) with the given seed: mutated test
 * messages, two messages run together, and runs of 3 to 12 rule words.
 */
export function generatedMessages(count: number, seed = 20261122): string[] {
  const next = random(seed);
  const vocabulary = ruleWords();
  const out: string[] = [];
  while (out.length < count) {
    const roll = next();
    if (roll < 0.7) out.push(mutate(next, pick(next, TEST_MESSAGES), vocabulary));
    else if (roll < 0.85) {
      out.push(`${pick(next, TEST_MESSAGES)}${pick(next, JOINS)}${mutate(next, pick(next, TEST_MESSAGES), vocabulary)}`);
    } else {
      const length = 3 + Math.floor(next() * 10);
      out.push(Array.from({ length }, () => pick(next, vocabulary)).join(' '));
    }
  }
  return out;
}
