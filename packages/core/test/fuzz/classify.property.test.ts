/**
 * Property tests for classify(): whatever a visitor (or a broken integration) sends, the
 * classifier answers, with well-formed output, the same way every time, in bounded time, and a
 * crisis stays a crisis when the visitor is merely polite around it.
 *
 * Deterministic: every property runs with a fixed seed and a bounded number of runs; a failure
 * prints its seed and path so it replays exactly.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { knowledge as compiled } from '@iop-chat/knowledge';
import { classify, type Classification, type ClassificationReason } from '../../src/classify/classifier.js';
import { loadKnowledge } from '../../src/knowledge/knowledge-base.js';
import { CRISIS_KINDS } from '../../src/safety/crisis-kinds.js';
import { MAX_MESSAGE_CHARS } from '../../src/text/normalize.js';

const kb = loadKnowledge(compiled);
/** A second, independently loaded knowledge base: results must not depend on which one. */
const fresh = loadKnowledge(compiled);
const SEED = 20_261_122;
const runs = (numRuns: number) => ({ seed: SEED, numRuns, includeErrorInReport: true });

const REASONS: readonly ClassificationReason[] = ['crisis', 'confident', 'ambiguous', 'empty', 'small-talk', 'off-topic', 'not-confident'];

/** Messages the detector must treat as a crisis, of several kinds (written for this test). */
const CRISIS_MESSAGES = [
  'I want to kill myself',
  'i wanna die',
  "I'm going to end my life tonight",
  'i have a plan to kill myself',
  'I wrote a suicide note',
  'i am going to hurt myself',
  'I took too many pills and my chest hurts',
  'my friend overdosed and will not wake up',
  'he hit me and i am scared he will kill me',
] as const;

// ---- text generators -------------------------------------------------------------------------

const codePoints = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCodePoint(c));

/** Ordinary words: treatment vocabulary, stop words, small talk, crisis-adjacent words. */
const WORDS = [
  'i', 'my', 'the', 'a', 'is', 'do', 'you', 'not', 'help', 'need', 'how', 'much', 'does', 'cost', 'insurance',
  'iop', 'program', 'therapy', 'alcohol', 'drinking', 'son', 'daughter', 'weeks', 'schedule', 'evening', 'sober',
  'relapse', 'detox', 'thanks', 'hello', 'weather', 'pizza', 'python', 'die', 'pills', 'hurt', 'tired', 'sad',
  'kill', 'time', 'rehab', 'insurence', 'cant', "won't", 'im', 'u', 'plz',
];
const word = fc.constantFrom(...WORDS);

const WHITESPACE = [' ', '\t', '\n', '\r', '\r\n', '\u00a0', '\u1680', '\u2000', '\u2028', '\u2029', '\u3000', '\u200b', '\ufeff', '\u180e'];
const whitespace = fc.string({ unit: fc.constantFrom(...WHITESPACE), maxLength: 64 });

const control = fc.oneof(codePoints(0x00, 0x1f), codePoints(0x7f, 0x9f));
const loneSurrogate = fc.oneof(codePoints(0xd800, 0xdbff), codePoints(0xdc00, 0xdfff)).map((c) => c);

const BIDI = ['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c'];
const rtl = fc.oneof(
  fc.string({ unit: codePoints(0x0600, 0x06ff), minLength: 1, maxLength: 12 }), // Arabic
  fc.string({ unit: codePoints(0x0590, 0x05ff), minLength: 1, maxLength: 12 }), // Hebrew
  fc.constantFrom('אני רוצה למות', 'أريد أن أموت', 'كم التكلفة', 'ביטוח', ...BIDI),
);

const EMOJI = [
  '😢', '💊', '🔪', '🙏', '❤️', '🏳️‍🌈', '👨‍👩‍👧‍👦', '🧑🏽‍⚕️', '👩🏿‍🦱', '🇺🇸', '🏴‍☠️', '\u200d', '\ufe0f', '\u{1f3fb}', '#️⃣', '🫠',
];
const emoji = fc.constantFrom(...EMOJI);

const INJECTION = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', 'javascript:alert(1)',
  '<a href="javascript:void(0)">click</a>', '{{constructor.constructor("alert(1)")()}}', '${alert(1)}', '__proto__',
  'constructor', 'prototype', 'hasOwnProperty', '<!--', '-->', ']]>', '&lt;script&gt;', '%3Cscript%3E', "'; DROP TABLE leads;--",
  '<style>*{display:none}</style>', '<iframe src=//evil>', '\\u003cscript\\u003e', '<', '>', '<<<<', '<b', '</',
];
const injection = fc.constantFrom(...INJECTION);

/** A message stitched from pieces of every family above. */
const mixed = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: word },
      { weight: 2, arbitrary: whitespace },
      { weight: 1, arbitrary: control },
      { weight: 1, arbitrary: loneSurrogate },
      { weight: 2, arbitrary: rtl },
      { weight: 2, arbitrary: emoji },
      { weight: 2, arbitrary: injection },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
    ),
    { maxLength: 40 },
  )
  .chain((parts) => fc.constantFrom(' ', '', '\n').map((sep) => parts.join(sep)));

/** Repetitive text that stresses regular expressions: one piece repeated up to the classifier cap. */
const repetitive = fc
  .tuple(
    fc.oneof(fc.constantFrom('a', 'aa ', 'i ', '<', '< ', 'kill myself ', 'é', 'insurence ', "'", 'zz', '..', '?', '\u0301', '😢', 'not '), word),
    fc.integer({ min: 1, max: MAX_MESSAGE_CHARS }),
  )
  .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));

/** Any text a visitor might send (at most the classifier's cap, so timing is meaningful). */
const visitorText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  whitespace,
  fc.string({ unit: control, maxLength: 50 }),
  fc.array(rtl, { maxLength: 10 }).map((parts) => parts.join(' ')),
  fc.array(emoji, { maxLength: 30 }).map((parts) => parts.join('')),
  mixed,
  repetitive,
  fc.constant(''),
);

/** Values that are not strings at all and bite when touched (checked one by one, outside fast-check). */
const hostile: unknown[] = [
  undefined,
  null,
  Symbol('message'),
  10n,
  Number.NaN,
  { toString: () => { throw new Error('toString'); } },
  { valueOf: () => { throw new Error('valueOf'); } },
  new Proxy({}, { get: () => { throw new Error('trap'); }, has: () => { throw new Error('trap'); } }),
  Object.create(null) as unknown,
  ['I want to kill myself'],
  { text: 'I want to kill myself' },
  new String('I want to kill myself'),
];
const notAString = fc.anything({ withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withBoxedValues: true, withNullPrototype: true, withSparseArray: true });

// ---- checks ----------------------------------------------------------------------------------

function expectWellFormed(result: Classification, limit = 5): void {
  expect(result).to.be.an('object');
  expect(typeof result.crisis).to.equal('boolean');
  expect(typeof result.fallback).to.equal('boolean');
  expect(typeof result.ambiguous).to.equal('boolean');
  expect(REASONS).to.include(result.reason);
  expect(Array.isArray(result.topics)).to.equal(true);
  expect(result.topics.length).to.be.at.most(limit);
  let previous = Infinity;
  for (const topic of result.topics) {
    expect(kb.entries.has(topic.id), `unknown topic ${topic.id}`).to.equal(true);
    expect(Number.isFinite(topic.score)).to.equal(true);
    expect(topic.score).to.be.within(0, 1);
    expect(topic.score).to.be.at.most(previous); // best first
    previous = topic.score;
  }
  expect(new Set(result.topics.map((t) => t.id)).size).to.equal(result.topics.length);
  // The parts agree with each other.
  expect(result.fallback).to.equal(result.reason !== 'confident');
  expect(result.ambiguous).to.equal(result.reason === 'ambiguous');
  if (result.ambiguous) expect(result.fallback).to.equal(true);
  expect(result.crisis).to.equal(result.detection.crisis);
  expect(result.crisis).to.equal(result.reason === 'crisis');
  if (result.crisis) expect(CRISIS_KINDS).to.include(result.crisisKind);
  else expect(result.crisisKind).to.equal(undefined);
  expect(typeof result.detection.immediate).to.equal('boolean');
  expect(typeof result.detection.someoneElse).to.equal('boolean');
  expect(typeof result.detection.gentleCheck).to.equal('boolean');
  for (const kind of result.detection.kinds) expect(CRISIS_KINDS).to.include(kind);
  expect(result.detection.signals.every((s) => typeof s === 'string')).to.equal(true);
}

/** The fastest of a few timings of one call: the classifier's own cost, not a GC pause or a tab switch. */
function timed(message: string, tries = 3): number {
  let best = Infinity;
  for (let i = 0; i < tries; i++) {
    const start = performance.now();
    classify(kb, message);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('classify: property tests', () => {
  before(() => {
    // Warm up so the first measured call is not paying for compilation.
    for (const m of [...CRISIS_MESSAGES, 'how much does it cost', 'hello', '']) classify(kb, m);
  });

  it('never throws and always returns well-formed output, for any text', () => {
    fc.assert(
      fc.property(visitorText, (text) => {
        expectWellFormed(classify(kb, text));
      }),
      runs(600),
    );
  });

  it('never returns more topics than the limit asked for', () => {
    fc.assert(
      fc.property(fc.oneof(visitorText, fc.constantFrom('what does it cost', 'do you take insurance', 'help')), fc.integer({ min: 1, max: 10 }), (text, limit) => {
        expectWellFormed(classify(kb, text, { limit }), limit);
      }),
      runs(200),
    );
  });

  it('treats anything that is not a string as an empty message, without throwing', () => {
    const empty = classify(kb, '');
    expect(empty.reason).to.equal('empty');
    expect(empty.crisis).to.equal(false);
    fc.assert(
      fc.property(notAString, (value) => {
        fc.pre(typeof value !== 'string');
        const result = classify(kb, value);
        expectWellFormed(result);
        expect(result).to.deep.equal(empty);
      }),
      runs(300),
    );
    for (const value of hostile) expect(classify(kb, value)).to.deep.equal(empty);
  });

  it('answers empty, whitespace-only and control-only messages as empty, never as a crisis', () => {
    fc.assert(
      fc.property(fc.oneof(whitespace, fc.string({ unit: control, maxLength: 40 }), fc.string({ unit: fc.oneof(control, fc.constantFrom(...WHITESPACE)), maxLength: 40 })), (text) => {
        const result = classify(kb, text);
        expectWellFormed(result);
        expect(result.crisis).to.equal(false);
        expect(result.topics).to.deep.equal([]);
        expect(result.fallback).to.equal(true);
      }),
      runs(200),
    );
  });

  it('is deterministic: the same message gives the same classification', () => {
    fc.assert(
      fc.property(visitorText, (text) => {
        const first = classify(kb, text);
        classify(kb, 'something else in between, about insurance'); // no state carried over
        expect(classify(kb, text)).to.deep.equal(first);
        // A freshly loaded knowledge base agrees too.
        expect(classify(fresh, text)).to.deep.equal(first);
      }),
      runs(150),
    );
  });
  it('keeps a crisis a crisis under harmless padding ("hi, " before, " thanks" after)', () => {
    for (const message of CRISIS_MESSAGES) expect(classify(kb, message).crisis, message).to.equal(true);
    const padded = fc.record({
      message: fc.constantFrom(...CRISIS_MESSAGES),
      prefixes: fc.array(fc.constantFrom('hi, ', 'hi '), { maxLength: 3 }),
      suffixes: fc.array(fc.constantFrom(' thanks', ' thanks.', ' thank you'), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(padded, ({ message, prefixes, suffixes }) => {
        const text = prefixes.join('') + message + suffixes.join('');
        const result = classify(kb, text);
        expect(result.crisis, JSON.stringify(text)).to.equal(true);
        expect(result.reason).to.equal('crisis');
      }),
      runs(200),
    );
  });

  it('keeps a crisis a crisis when emoji, whitespace or markup surround it', () => {
    const padded = fc.record({
      message: fc.constantFrom(...CRISIS_MESSAGES),
      before: fc.oneof(emoji, fc.constantFrom(' ', '\n', '  ', '<b>', '<p>')),
      after: fc.oneof(emoji, fc.constantFrom(' ', '\n', '  ', '</b>', '</p>', ' 🙏', '!!')),
    });
    fc.assert(
      fc.property(padded, ({ message, before, after }) => {
        const text = `${before}${message}${after}`;
        expect(classify(kb, text).crisis, JSON.stringify(text)).to.equal(true);
      }),
      runs(150),
    );
  });

  it(`classifies any message of up to ${MAX_MESSAGE_CHARS} characters in well under 50 ms`, () => {
    let worst = 0;
    let worstText = '';
    fc.assert(
      fc.property(visitorText, (text) => {
        const ms = timed(text);
        if (ms > worst) {
          worst = ms;
          worstText = text;
        }
      }),
      runs(300),
    );
    // The worst case of the tricky shapes, measured on purpose rather than left to chance.
    for (const piece of ['<', 'kill myself ', 'insurence ', 'a', "i'm not ", '😢 ', 'é']) {
      const text = piece.repeat(Math.ceil(MAX_MESSAGE_CHARS / piece.length)).slice(0, MAX_MESSAGE_CHARS);
      const ms = timed(text);
      if (ms > worst) {
        worst = ms;
        worstText = text;
      }
    }
    expect(worst, `slowest (${worst.toFixed(1)} ms): ${JSON.stringify(worstText.slice(0, 80))}...`).to.be.below(50);
  });

  it('copes with very long messages (up to 1 MB): no throw, well-formed, bounded time', () => {
    const long = fc
      .tuple(fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), mixed.filter((s) => s.length > 0)), fc.integer({ min: MAX_MESSAGE_CHARS + 1, max: 1_000_000 }))
      .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));
    let worst = 0;
    fc.assert(
      fc.property(long, (text) => {
        expectWellFormed(classify(kb, text));
        worst = Math.max(worst, timed(text, 2));
      }),
      runs(6),
    );
    const megabyte = 'is it free? '.repeat(90_000);
    expectWellFormed(classify(kb, megabyte));
    worst = Math.max(worst, timed(megabyte, 2));
    // Long pastes are read at their start and end only; generous bound, for slow CI machines.
    expect(worst).to.be.below(1000);
  });

  it('still finds a crisis at the end of a long paste', () => {
    const filler = 'what does the program cost and do you take insurance. '.repeat(200);
    for (const message of CRISIS_MESSAGES) expect(classify(kb, `${filler}${message}`).crisis, message).to.equal(true);
  });
});
