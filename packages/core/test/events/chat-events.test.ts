import { expect } from '@open-wc/testing';
import { CHAT_EVENT_TYPES, createEventEmitter, sanitizeEvent, type ChatEvent } from '../../src/events/chat-events.js';

describe('sanitizeEvent', () => {
  it('keeps every valid event as it is', () => {
    const events: ChatEvent[] = [
      { type: 'chat.opened' },
      { type: 'chat.closed' },
      { type: 'chat.ended' },
      { type: 'topic.answered', entryId: 'what-is-iop', score: 0.12 },
      { type: 'topic.clarified', candidates: ['cost', 'insurance'] },
      { type: 'fallback', repeated: true },
      { type: 'screening.started' },
      { type: 'screening.completed', bandId: 'moderate' },
      { type: 'lead.submitted', method: 'text' },
      { type: 'lead.delivered' },
      { type: 'lead.failed', reason: 'timeout' },
      { type: 'crisis.shown', kind: 'overdose-poisoning' },
      { type: 'quick-exit' },
    ];
    expect(events.map((e) => e.type).sort()).to.deep.equal([...CHAT_EVENT_TYPES].sort());
    for (const event of events) expect(sanitizeEvent(event), event.type).to.deep.equal(event);
  });

  it('drops any key that is not allowed for the type (text, contact details)', () => {
    const clean = sanitizeEvent({
      type: 'lead.submitted',
      method: 'call',
      phone: '512-555-0100',
      email: 'me@example.com',
      name: 'Sam',
      text: 'I relapsed last night',
    });
    expect(clean).to.deep.equal({ type: 'lead.submitted', method: 'call' });
    expect(sanitizeEvent({ type: 'chat.opened', message: 'hello', __proto__: { text: 'x' } })).to.deep.equal({ type: 'chat.opened' });
    expect(Object.keys(sanitizeEvent({ type: 'crisis.shown', kind: 'suicide-self-harm', text: 'I want to die' })!)).to.deep.equal(['type', 'kind']);
  });

  it('refuses free text where an id belongs', () => {
    expect(sanitizeEvent({ type: 'topic.answered', entryId: 'I feel hopeless', score: 0.1 })).to.equal(null);
    expect(sanitizeEvent({ type: 'lead.failed', reason: 'could not reach me@example.com' })).to.equal(null);
    expect(sanitizeEvent({ type: 'screening.completed', bandId: '512-555-0100 ext 2' })).to.equal(null);
    expect(sanitizeEvent({ type: 'topic.clarified', candidates: ['cost', 'call me at 5125550100 please'] })).to.equal(null);
    expect(sanitizeEvent({ type: 'topic.answered', entryId: 'x'.repeat(81), score: 0 })).to.equal(null);
  });

  it('rejects unknown types, missing or wrongly typed fields and non-objects', () => {
    for (const bad of [
      null,
      undefined,
      'chat.opened',
      42,
      [],
      {},
      { type: 'chat.deleted' },
      { type: 'toString' },
      { type: '__proto__' },
      { type: 'topic.answered', entryId: 'a' },
      { type: 'topic.answered', entryId: 'a', score: Number.NaN },
      { type: 'fallback', repeated: 'yes' },
      { type: 'lead.submitted', method: 'fax' },
      { type: 'crisis.shown', kind: 'sadness' },
      { type: 'topic.clarified', candidates: 'cost' },
      { type: 'topic.clarified', candidates: Array.from({ length: 21 }, (_, i) => `e${i}`) },
    ]) {
      expect(sanitizeEvent(bad), JSON.stringify(bad)).to.equal(null);
    }
  });

  it('returns a frozen copy, not the caller object', () => {
    const candidates = ['a', 'b'];
    const clean = sanitizeEvent({ type: 'topic.clarified', candidates });
    candidates.push('leak');
    expect(clean).to.deep.equal({ type: 'topic.clarified', candidates: ['a', 'b'] });
    expect(Object.isFrozen(clean)).to.equal(true);
  });

  it('never throws on hostile objects', () => {
    const trap = Object.defineProperty({ type: 'fallback' }, 'repeated', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(sanitizeEvent(trap)).to.equal(null);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(sanitizeEvent(proxy)).to.equal(null);
  });
});

describe('createEventEmitter', () => {
  it('delivers sanitised events in order', () => {
    const seen: ChatEvent[] = [];
    const emitter = createEventEmitter((e) => seen.push(e));
    emitter.emit({ type: 'chat.opened' });
    emitter.emit({ type: 'fallback', repeated: false, text: 'secret' } as ChatEvent);
    emitter.emit({ type: 'nope' } as unknown as ChatEvent);
    expect(seen).to.deep.equal([{ type: 'chat.opened' }, { type: 'fallback', repeated: false }]);
  });

  it('survives a throwing listener and still reaches the others', () => {
    const errors: unknown[] = [];
    const seen: string[] = [];
    const emitter = createEventEmitter(() => {
      throw new Error('analytics broke');
    }, (error) => errors.push(error));
    emitter.subscribe((e) => seen.push(e.type));
    expect(() => { emitter.emit({ type: 'chat.opened' }); }).not.to.throw();
    expect(() => { emitter.emit({ type: 'quick-exit' }); }).not.to.throw();
    expect(seen).to.deep.equal(['chat.opened', 'quick-exit']);
    expect(errors).to.have.length(2);
  });

  it('catches rejections from async listeners', async () => {
    const errors: unknown[] = [];
    // Integrators may pass an async function where a void listener is typed.
    const asyncListener = async (): Promise<void> => {
      await Promise.resolve();
      throw new Error('async analytics broke');
    };
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- exactly the mistake under test
    const emitter = createEventEmitter(asyncListener, (error) => errors.push(error));
    emitter.emit({ type: 'chat.closed' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(errors).to.have.length(1);
  });

  it('survives a throwing error callback and works without any listener', () => {
    const emitter = createEventEmitter(() => {
      throw new Error('a');
    }, () => {
      throw new Error('b');
    });
    expect(() => { emitter.emit({ type: 'chat.opened' }); }).not.to.throw();
    expect(() => { createEventEmitter().emit({ type: 'chat.opened' }); }).not.to.throw();
  });

  it('unsubscribes', () => {
    const seen: string[] = [];
    const emitter = createEventEmitter();
    const off = emitter.subscribe((e) => seen.push(e.type));
    emitter.emit({ type: 'chat.opened' });
    off();
    emitter.emit({ type: 'chat.closed' });
    expect(seen).to.deep.equal(['chat.opened']);
  });

  it('gives listeners a frozen event so one cannot add text for the next', () => {
    const seen: ChatEvent[] = [];
    const emitter = createEventEmitter((e) => {
      try {
        (e as unknown as Record<string, unknown>).text = 'added';
      } catch {
        // Frozen: strict-mode assignment throws, which is what we want.
      }
    });
    emitter.subscribe((e) => seen.push(e));
    emitter.emit({ type: 'chat.opened' });
    expect(seen).to.deep.equal([{ type: 'chat.opened' }]);
  });
});
