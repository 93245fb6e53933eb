// (f) classify() on generated hostile input, in Node: full Unicode (lone surrogates included),
// control characters, HTML and script payloads, emoji sequences, right-to-left text with bidi
// controls, crisis words buried in noise, and long strings up to 100 KB. Inputs come from
// fast-check's `fc.sample` with a fixed seed, so every run classifies the same messages.
// Counts what threw (must be nothing) and times every call.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { classify, loadKnowledge } from '@iop-chat/core';
import { p95 } from './stats.mjs';

const require = createRequire(import.meta.url);

/** What the widget lets a visitor send in one message. */
export const WIDGET_MAX_CHARS = 2000;
const LONG_MAX = 100_000;

const char = (min, max) => fc.integer({ min, max }).map((code) => String.fromCodePoint(code));
const text = (unit, maxLength) => fc.string({ unit, maxLength });

const TOPIC_WORDS = ['insurance', 'cost', 'iop', 'evening', 'groups', 'detox', 'medicaid', 'how long', 'my son', 'relapse', 'therapy', 'work'];
const CRISIS_WORDS = ['kill myself', 'want to die', 'overdose', 'not breathing', 'hurt myself', 'suicide', 'end it all', 'pills'];
const MARKUP = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<svg/onload=alert(1)>', '"><iframe srcdoc="<b>">',
  'javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', '${7*7}', '{{7*7}}', '&lt;b&gt;', '&#x3C;script&#x3E;',
  '<!--', ']]>', '<style>*{}</style>', '<a href="vbscript:x">', '<' .repeat(50), '</'.repeat(30),
];
const EMOJI = ['😢', '💊', '🔫', '🙏', '❤️', '👨‍👩‍👧‍👦', '🧑🏿‍⚕️', '🏳️‍⚧️', '🇲🇽', '🫥', '\u200d', '\ufe0f', '\u{1f3ff}', '1️⃣'];
const BIDI = ['\u202e', '\u202d', '\u202a', '\u202b', '\u202c', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];

/** Each family of generated messages, with how often it is drawn. */
const FAMILIES = {
  'full Unicode': [6, text('binary', 300)],
  graphemes: [3, text('grapheme', 200)],
  'control characters': [2, text(fc.oneof(char(0, 0x1f), char(0x7f, 0x9f)), 200)],
  'lone surrogates': [1, text(fc.oneof(char(0xd800, 0xdbff), char(0xdc00, 0xdfff)), 100)],
  HTML: [3, fc.array(fc.oneof(fc.constantFrom(...MARKUP), fc.constantFrom(...TOPIC_WORDS)), { maxLength: 30 }).map((parts) => parts.join(' '))],
  emoji: [2, fc.array(fc.oneof(fc.constantFrom(...EMOJI), fc.constantFrom(...TOPIC_WORDS)), { maxLength: 40 }).map((parts) => parts.join(''))],
  'right to left': [
    2,
    fc
      .array(fc.oneof(text(char(0x0590, 0x05ff), 15), text(char(0x0600, 0x06ff), 15), fc.constantFrom(...BIDI), fc.constantFrom(...CRISIS_WORDS)), { maxLength: 25 })
      .map((parts) => parts.join(' ')),
  ],
  'crisis in noise': [
    2,
    fc
      .tuple(text('binary', 80), fc.constantFrom(...CRISIS_WORDS), text(fc.constantFrom(...BIDI, '\u200b', '\u0000', ' ', '*', '.'), 20), text('grapheme', 80))
      .map((parts) => parts.join(' ')),
  ],
  'long (up to 100 KB)': [
    1,
    fc
      .tuple(fc.oneof(text('binary', 60), fc.constantFrom(...MARKUP, ...CRISIS_WORDS, 'a', 'i ', 'not ', '\u0301', '😢')), fc.integer({ min: WIDGET_MAX_CHARS, max: LONG_MAX }))
      .map(([piece, length]) => (piece || 'x').repeat(Math.ceil(length / Math.max(1, (piece || 'x').length))).slice(0, length)),
  ],
};

const tagged = fc.oneof(...Object.entries(FAMILIES).map(([family, [weight, arbitrary]]) => ({ weight, arbitrary: arbitrary.map((message) => ({ family, message })) })));

/** A message shortened and escaped for the report. */
const shown = (message) => JSON.stringify(message.length > 40 ? `${message.slice(0, 37)}...` : message).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * Classifies `count` generated messages (after a warm-up on 500 others) and returns
 * `{ count, throws, failures, maxMs, slowest, p95Ms, maxWidgetMs, longest, ms, families }`.
 */
export function fuzzClassify({ count = 20_000, seed = 20261122 } = {}) {
  const kb = loadKnowledge(JSON.parse(readFileSync(require.resolve('@iop-chat/knowledge/knowledge.json'), 'utf8')));
  for (const { message } of fc.sample(tagged, { seed: seed + 1, numRuns: 500 })) {
    try {
      classify(kb, message);
    } catch {
      // Counted in the measured run.
    }
  }
  const inputs = fc.sample(tagged, { seed, numRuns: count });
  const times = [];
  const failures = [];
  const families = {};
  let slowest = { ms: -1, family: '', length: 0, message: '' };
  let maxWidgetMs = 0;
  let longest = 0;
  const started = performance.now();
  for (const { family, message } of inputs) {
    const start = performance.now();
    try {
      classify(kb, message);
    } catch (error) {
      failures.push({ family, length: message.length, message: shown(message), error: String(error) });
    }
    const took = performance.now() - start;
    times.push(took);
    families[family] = (families[family] ?? 0) + 1;
    longest = Math.max(longest, message.length);
    if (message.length <= WIDGET_MAX_CHARS) maxWidgetMs = Math.max(maxWidgetMs, took);
    if (took > slowest.ms) slowest = { ms: took, family, length: message.length, message: shown(message) };
  }
  return {
    count: inputs.length,
    seed,
    throws: failures.length,
    failures: failures.slice(0, 5),
    maxMs: slowest.ms,
    slowest,
    p95Ms: p95(times),
    maxWidgetMs,
    longest,
    ms: performance.now() - started,
    families,
  };
}
