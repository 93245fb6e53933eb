/**
 * Storage faults: a conversation over storage that throws, that is full, or that holds a saved
 * conversation that is corrupt, from another version, or tampered with. In every case the chat
 * starts (fresh when the saved copy cannot be trusted), greets first, answers a question, shows no
 * crisis nobody asked for, stores nothing before the visitor's first message, still takes over
 * on a crisis message, and leaves no `iop-chat:` key behind after "end chat".
 *
 * Each case runs twice: with the storage handed to createConversation as is (core's own guards),
 * and wrapped by `wrapStorage` (what `persistence: 'session' | 'local'` uses in a browser).
 */
import { expect } from '@open-wc/testing';
import { knowledge as compiled } from '@iop-chat/knowledge';
import { createConversation, type Conversation } from '../../src/conversation/create-conversation.js';
import { currentChoices } from '../../src/conversation/choices.js';
import { CONVERSATION_STORAGE_KEY } from '../../src/conversation/persistence.js';
import type { TranscriptItem } from '../../src/conversation/transcript.js';
import { memoryStorage, wrapStorage, type KeyValueStorage, type WebStorageLike } from '../../src/storage/safe-storage.js';
import { STORAGE_PREFIX } from '../../src/storage/snapshot-store.js';

const KEY = CONVERSATION_STORAGE_KEY;
const HOST_KEY = 'host-page:cart';
const NOW = new Date('2026-11-23T15:00:00Z');
const QUESTION = 'how many weeks does the program last';
const CRISIS = 'I want to kill myself';

/** A Web Storage stand-in that records every write and can be told to fail. */
class FakeWebStorage implements WebStorageLike {
  readonly items = new Map<string, string>();
  readonly writes: string[] = [];
  /** Set once the visitor has sent their first message. */
  interacted = false;
  writesBeforeInteraction = 0;

  constructor(readonly fault: 'none' | 'throw' | 'quota' = 'none') {}

  private fail(): void {
    if (this.fault === 'throw') throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  get length(): number {
    this.fail();
    return this.items.size;
  }
  key(index: number): string | null {
    this.fail();
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    this.fail();
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (!this.interacted) this.writesBeforeInteraction++;
    this.writes.push(key);
    this.fail();
    if (this.fault === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.fail();
    this.items.delete(key);
  }
  /** The KeyValueStorage view of it: core's `keys()` is listed from `length` and `key()`. */
  asKeyValue(): KeyValueStorage {
    return {
      getItem: (k) => this.getItem(k),
      setItem: (k, v) => {
        this.setItem(k, v);
      },
      removeItem: (k) => {
        this.removeItem(k);
      },
      keys: () => [...Array(this.length).keys()].map((i) => this.key(i)).filter((k): k is string => k !== null),
    };
  }
}

// ---- a real saved conversation, to tamper with -----------------------------------------------

interface Envelope {
  v: number;
  savedAt: number;
  data: { state: string; context: Record<string, unknown> & { transcript: Record<string, unknown>[] } };
}

/** What a real conversation saves after one question and answer. */
function realSnapshot(): Envelope {
  const storage = memoryStorage();
  const c = createConversation({ knowledge: compiled, storage, now: () => NOW, onIssue: () => undefined, config: { center: { name: 'Cedar Grove' } } });
  c.actor.send({ type: 'visitor.message', text: 'do you take insurance' });
  c.dispose();
  return JSON.parse(storage.getItem(KEY)!) as Envelope;
}
const REAL = realSnapshot();
const tampered = (change: (e: Envelope) => unknown): string => {
  const copy = JSON.parse(JSON.stringify(REAL)) as Envelope;
  const result = change(copy);
  return typeof result === 'string' ? result : JSON.stringify(copy);
};
const item = (id: number, type: string, fields: Record<string, unknown> = {}) => ({ id, type, ...fields });

/** Saved copies that must not be trusted: the conversation starts fresh. */
const UNUSABLE: ReadonlyArray<readonly [string, string]> = [
  ['corrupt JSON', '{"v":1,"savedAt":17,"data":{"state":"crisis","con'],
  ['binary garbage', '\u0000\uffff<script>alert(1)</script>\ud800'],
  ['an old version', tampered((e) => void (e.v = 0))],
  ['a future version', tampered((e) => void (e.v = 99))],
  ['no envelope', JSON.stringify(REAL.data)],
  ['an envelope without data', tampered((e) => JSON.stringify({ v: e.v, savedAt: e.savedAt }))],
  ['an unknown state', tampered((e) => void (e.data.state = 'boot'))],
  ['a transcript that is a string', tampered((e) => void ((e.data.context as Record<string, unknown>)['transcript'] = '<img src=x onerror=alert(1)>'))],
  ['an empty transcript', tampered((e) => void (e.data.context.transcript = []))],
  ['nextId as a string', tampered((e) => void (e.data.context['nextId'] = '7'))],
  ['a crisis record of the wrong type', tampered((e) => void (e.data.context['crisis'] = { happened: 'yes', kinds: 'all' }))],
  ['leads as an array', tampered((e) => void (e.data.context['leads'] = [1, 2]))],
  ['10,000 transcript items', tampered((e) => void (e.data.context.transcript = Array.from({ length: 10_000 }, (_, i) => item(i + 1, i === 0 ? 'greeting' : 'visitor-text', { text: 'x' }))))],
  ['an unknown item type', tampered((e) => void e.data.context.transcript.push(item(99, 'html', { html: '<script>alert(1)</script>' })))],
  ['an item id that is not a number', tampered((e) => void e.data.context.transcript.push(item(NaN, 'greeting')))],
  // Items of a known type whose fields are wrong: a renderer or the chips would trip over them.
  ['an answer without its fields', tampered((e) => void e.data.context.transcript.push(item(50, 'answer')))],
  ['visitor text that is not text', tampered((e) => void e.data.context.transcript.push(item(50, 'visitor-text', { text: { toString: 1 } })))],
  ['a fallback without suggestions', tampered((e) => void e.data.context.transcript.push(item(50, 'fallback', { repeated: 'no' })))],
  ['a clarify item without candidates', tampered((e) => void e.data.context.transcript.push(item(50, 'clarify', { candidates: 'all' })))],
  ['a crisis card of an unknown kind', tampered((e) => void e.data.context.transcript.push(item(50, 'crisis', { kind: 'bogus', someoneElse: 1, immediate: 'no' })))],
  ['a visitor choice without a choice', tampered((e) => void e.data.context.transcript.push(item(50, 'visitor-choice', { choice: null })))],
  ['a transcript that does not open with the greeting', tampered((e) => void e.data.context.transcript.shift())],
  ['transcript ids going backwards', tampered((e) => void e.data.context.transcript.push(item(1, 'gentle-check')))],
  ['nextId below the transcript ids', tampered((e) => void (e.data.context['nextId'] = 1))],
  [
    'prototype-pollution keys',
    tampered((e) => {
      const text = JSON.stringify(e);
      return text
        .replace('"context":{', '"context":{"__proto__":{"polluted":true,"crisis":{"happened":true}},"constructor":{"prototype":{"polluted":true}},')
        .replace('"transcript":[{', '"transcript":[{"__proto__":{"polluted":true},')
        .replace('"data":{', '"data":{"__proto__":{"state":"crisis"},')
        .replace('"leads":{}', '"leads":{"__proto__":{"polluted":true}}');
    }),
  ],
  ['a state named __proto__', tampered((e) => JSON.stringify(e).replace('"state":"chatting"', '"state":"__proto__"'))],
];

// ---- the checks ------------------------------------------------------------------------------

type Mode = 'direct' | 'wrapped';

function start(fake: FakeWebStorage, mode: Mode): Conversation {
  return createConversation({
    knowledge: compiled,
    storage: mode === 'direct' ? fake.asKeyValue() : wrapStorage(() => fake),
    now: () => NOW,
    onIssue: () => undefined,
    backoff: { baseMs: 1, maxMs: 5, maxAttempts: 2 },
    config: { center: { name: 'Cedar Grove', phone: '(555) 010-0199' }, leadSender: () => Promise.resolve({ ok: true }) },
  });
}

const types = (c: Conversation) => c.actor.getSnapshot().context.transcript.map((i) => i.type);
const CRISIS_TYPES: readonly TranscriptItem['type'][] = ['crisis', 'crisis-ack', 'gentle-check'];

/**
 * Starts (fresh, or resuming an intact copy), greets first, answers, shows no crisis, stored
 * nothing before the visitor's first message (a resumed chat was interacted with on an earlier
 * page), takes over on a crisis, and ends clean. Storage that refuses every call keeps whatever
 * it held, unreachable; there is nothing to clear.
 */
function expectSafeLifecycle(fake: FakeWebStorage, mode: Mode, { fresh }: { fresh: boolean }): void {
  const c = start(fake, mode);
  try {
    const snapshot = c.actor.getSnapshot();
    expect(snapshot.status).to.equal('active');
    expect(c.state()).to.equal('chatting');
    if (fresh) expect(types(c)).to.deep.equal(['greeting']);
    expect(types(c)[0]).to.equal('greeting');
    expect(types(c).some((t) => CRISIS_TYPES.includes(t)), 'no crisis shown that nobody asked for').to.equal(false);
    expect(() => currentChoices(c.state(), c.actor.getSnapshot().context)).not.to.throw();
    if (fresh) expect(fake.writesBeforeInteraction, 'nothing stored before the first interaction').to.equal(0);

    fake.interacted = true;
    c.actor.send({ type: 'visitor.message', text: QUESTION });
    const after = c.actor.getSnapshot();
    expect(after.status).to.equal('active');
    expect(c.state()).to.equal('chatting');
    const last = after.context.transcript[after.context.transcript.length - 1]!;
    expect(last.type, JSON.stringify(last)).to.equal('answer');
    expect(types(c).some((t) => CRISIS_TYPES.includes(t))).to.equal(false);
    expect(() => currentChoices(c.state(), after.context)).not.to.throw();
    expect(({} as Record<string, unknown>)['polluted'], 'Object.prototype untouched').to.equal(undefined);

    c.actor.send({ type: 'visitor.message', text: CRISIS });
    expect(c.state()).to.equal('crisis');
    expect(types(c).at(-1)).to.equal('crisis');

    c.end();
    expect(c.state()).to.equal('chatting');
    expect(types(c)).to.deep.equal(['greeting']);
    const left = [...fake.items.keys()].filter((k) => k.startsWith(STORAGE_PREFIX));
    if (fake.fault === 'throw') expect(left.every((k) => k === KEY), 'nothing new written').to.equal(true);
    else expect(left, 'no iop-chat: key left').to.deep.equal([]);
    expect(fake.items.get(HOST_KEY), "the host page's own key is left alone").to.equal('3 items');
  } finally {
    c.dispose();
  }
}

function fakeHolding(raw: string | null, fault: 'none' | 'throw' | 'quota' = 'none'): FakeWebStorage {
  const fake = new FakeWebStorage(fault);
  fake.items.set(HOST_KEY, '3 items');
  if (raw !== null) fake.items.set(KEY, raw);
  return fake;
}

describe('storage faults', () => {
  for (const mode of ['direct', 'wrapped'] as const) {
    describe(`storage passed ${mode === 'direct' ? 'as is' : 'through wrapStorage'}`, () => {
      it('storage whose every call throws: the chat works, in memory', () => {
        expectSafeLifecycle(fakeHolding(null, 'throw'), mode, { fresh: true });
      });

      it('storage whose every call throws, over a saved conversation: the chat starts fresh', () => {
        expectSafeLifecycle(fakeHolding(JSON.stringify(REAL), 'throw'), mode, { fresh: true });
      });

      it('setItem throws QuotaExceededError: the chat works and nothing stale is left behind', () => {
        const fake = fakeHolding(null, 'quota');
        expectSafeLifecycle(fake, mode, { fresh: true });
        expect(fake.writes.length, 'it did try to save after the visitor interacted').to.be.greaterThan(0);
      });

      for (const [what, raw] of UNUSABLE) {
        it(`a saved conversation with ${what}: starts fresh`, () => {
          const fake = fakeHolding(raw);
          expectSafeLifecycle(fake, mode, { fresh: true });
        });
      }

      it('an intact saved conversation is resumed, and the tampered-with ones above are not', () => {
        const fake = fakeHolding(JSON.stringify(REAL));
        const c = start(fake, mode);
        try {
          expect(types(c)).to.deep.equal(REAL.data.context.transcript.map((i) => i['type']));
          expect(types(c).length).to.be.greaterThan(1);
        } finally {
          c.dispose();
        }
        expectSafeLifecycle(fakeHolding(JSON.stringify(REAL)), mode, { fresh: false });
      });

      it('after a fresh start over a bad copy, the new conversation is what gets saved and resumed', () => {
        const fake = fakeHolding(UNUSABLE[0]![1]);
        const first = start(fake, mode);
        fake.interacted = true;
        first.actor.send({ type: 'visitor.message', text: QUESTION });
        const saved = first.actor.getSnapshot().context.transcript;
        first.dispose();
        const second = start(fake, mode);
        try {
          expect(second.actor.getSnapshot().context.transcript).to.deep.equal(saved);
        } finally {
          second.dispose();
        }
      });
    });
  }
});
