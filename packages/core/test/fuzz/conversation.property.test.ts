/**
 * Model-based tests for the conversation: random sequences of events, in orders no widget would
 * send (answers outside the self-check, garbage contact forms, crisis replies when there is no
 * crisis, statuses for leads nobody submitted, "end chat" over and over, rapid-fire messages),
 * against a live conversation (createConversation: memory storage, a fake lead sender) and
 * against the pure machine (`initialTransition` / `transition`).
 *
 * After every step: the conversation is still running, in one of its four states; the transcript
 * opens with the greeting and its ids strictly increase; a crisis, once shown, is only forgotten
 * through "end chat"; a crisis message from a fixed list takes over from wherever the
 * conversation is; and analytics never carry the visitor's words or contact details.
 *
 * Deterministic: fixed seed, bounded runs and sequence lengths.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { knowledge as compiled } from '@iop-chat/knowledge';
import { createConversation, loadedServices, type Conversation, type CreateConversationOptions } from '../../src/conversation/create-conversation.js';
import { createLazyConversation } from '../../src/conversation/create-lazy-conversation.js';
import { createConversationMachine, type ConversationMachine } from '../../src/conversation/conversation-machine.js';
import type { ConversationContext } from '../../src/conversation/conversation-context.js';
import type { ConversationEvent } from '../../src/conversation/conversation-events.js';
import { resolveConfig } from '../../src/config/config-validation.js';
import type { ChatEvent } from '../../src/events/chat-events.js';
import { loadKnowledge } from '../../src/knowledge/knowledge-base.js';
import { CRISIS_KINDS } from '../../src/safety/crisis-kinds.js';
import { DEFAULT_SELF_CHECK } from '../../src/screening/default-self-check.js';
import { currentQuestion } from '../../src/screening/questionnaire-engine.js';
import { memoryStorage, type KeyValueStorage } from '../../src/storage/safe-storage.js';

const SEED = 20_261_122;
const STATES = ['chatting', 'screening', 'contact', 'crisis'] as const;
const NOW = new Date('2026-11-23T15:00:00Z');
const kb = loadKnowledge(compiled);
const CENTER = { name: 'Cedar Grove Recovery', phone: '(555) 010-0199', hours: 'Mon-Fri 08:00-18:00', timeZone: 'America/Chicago' };

/** Crisis messages of several kinds (written for this test); each must take over from any state. */
const CRISIS_MESSAGES = [
  'I want to kill myself',
  'i wanna die',
  'i have a plan to kill myself tonight',
  'I took too many pills and my chest hurts',
  'my friend overdosed and will not wake up',
  'he hit me and i am scared he will kill me',
] as const;

// ---- generators ------------------------------------------------------------------------------

const letters = (alphabet: string, min: number, max: number) => fc.string({ unit: fc.constantFrom(...Array.from(alphabet)), minLength: min, maxLength: max });
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const GREEK = 'αβγδεζηθικλμνξπρστυφχψωΑΒΓΔΘΛΞΠΣΦΨΩ';
const CYRILLIC = 'бвгджзклмнпрстфхцчшщыэюяБГДЖЗЛПФЦЧШЩЭЮЯ';

/**
 * What the visitor types: words no id or outcome code can contain (capitals, Greek, Cyrillic,
 * emoji), mixed with capitalised questions the knowledge base understands, so the conversation
 * moves through answers, "did you mean", fallbacks, the self-check and the contact form.
 */
const UNDERSTOOD = ['HOW MUCH DOES IT COST', 'DO YOU TAKE INSURANCE', 'WHAT IS AN IOP', 'START THE SELF CHECK', 'I WANT TO TALK TO SOMEONE', 'WHAT ARE YOUR HOURS', 'HELP', 'YES', 'NO', 'STOP', 'NEVER', 'THANKS'];
const visitorWord = fc.oneof(
  { weight: 3, arbitrary: letters(UPPER, 4, 10) },
  { weight: 2, arbitrary: letters(GREEK, 4, 10) },
  { weight: 2, arbitrary: letters(CYRILLIC, 4, 10) },
  { weight: 1, arbitrary: fc.constantFrom('😢', '🙏🏽', '👨‍👩‍👧', '!!', '?', '…') },
);
const visitorText = fc.oneof(
  { weight: 3, arbitrary: fc.array(visitorWord, { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...UNDERSTOOD), fc.array(visitorWord, { maxLength: 3 })).map(([q, w]) => [q, ...w].join(' ')) },
);

const phone = fc.tuple(fc.integer({ min: 200, max: 989 }), fc.integer({ min: 100, max: 999 }), fc.integer({ min: 1000, max: 9999 })).map(([a, b, c]) => `+1 ${a} ${b} ${c}`);
const email = fc.tuple(letters(UPPER, 4, 8), letters(UPPER, 4, 8)).map(([user, host]) => `${user}@${host}.EXAMPLE`);

/** A contact form that validates. */
const validForm = fc.record({
  name: fc.oneof(letters(UPPER, 4, 12), letters(GREEK, 4, 12)),
  phone,
  email,
  preferredMethod: fc.constantFrom('call', 'text', 'email'),
  bestTime: fc.constantFrom('morning', 'afternoon', 'evening', 'any'),
  voicemailOk: fc.boolean(),
  centerNameOk: fc.boolean(),
  note: fc.array(visitorWord, { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')),
  consentContact: fc.constant(true),
  consentSms: fc.constant(true),
  includeScreening: fc.boolean(),
});

/** What a form says about the visitor (name, phone, email, note): never in analytics. */
function contactsOf(input: unknown): string[] {
  if (typeof input !== 'object' || input === null) return [];
  const form = input as Record<string, unknown>;
  return ['name', 'phone', 'email', 'note'].map((key) => form[key]).filter((v): v is string => typeof v === 'string' && v.length >= 4);
}

/** A contact form: valid, half valid, or nothing like one. */
const contactInput = fc.oneof(
  validForm,
  fc.record({
    name: fc.oneof(letters(UPPER, 4, 12), letters(GREEK, 4, 12)),
    phone,
    email,
    preferredMethod: fc.constantFrom('call', 'text', 'email'),
    bestTime: fc.constantFrom('morning', 'afternoon', 'evening', 'any'),
    voicemailOk: fc.boolean(),
    centerNameOk: fc.boolean(),
    note: fc.option(fc.array(visitorWord, { maxLength: 6 }).map((w) => w.join(' ')), { nil: undefined }),
    consentContact: fc.boolean(),
    consentSms: fc.boolean(),
    includeScreening: fc.boolean(),
  }),
  fc.anything({ maxDepth: 2 }),
);

const garbageId = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', ''));
const actionId = fc.constantFrom('start-screening', 'contact', 'topics', 'crisis-resources', 'continue-screening', 'stop-screening');
const topicId = fc.constantFrom(...[...kb.entries.keys()].slice(0, 40));

/** One step of a sequence. `answer` picks an option of whatever question is current when it runs. */
type Step =
  | { kind: 'event'; event: ConversationEvent; texts: readonly string[]; contacts: readonly string[] }
  | { kind: 'crisis'; text: string }
  | { kind: 'answer'; option: number }
  /** Opens the self-check and answers the questions it asks, by option index. */
  | { kind: 'screen'; options: readonly number[] }
  /** Opens the contact form and sends a valid one. */
  | { kind: 'lead'; form: Record<string, unknown> }
  | { kind: 'burst'; texts: readonly string[] }
  | { kind: 'end' }
  | { kind: 'tick' };

const event = (e: ConversationEvent, texts: readonly string[] = [], contacts: readonly string[] = []): Step => ({ kind: 'event', event: e, texts, contacts });
/** Events whose shapes no typed caller could send, as a widget bug or a hand-written driver might. */
const untyped = (e: unknown, contacts: readonly string[] = []): Step => event(e as ConversationEvent, [], contacts);

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: visitorText.map((text) => event({ type: 'visitor.message', text }, [text])) },
  { weight: 2, arbitrary: fc.constantFrom(...CRISIS_MESSAGES).map((text): Step => ({ kind: 'crisis', text })) },
  { weight: 3, arbitrary: actionId.map((id) => event({ type: 'visitor.choose', choice: { kind: 'action', id } })) },
  { weight: 2, arbitrary: topicId.map((id) => event({ type: 'visitor.choose', choice: { kind: 'topic', id } })) },
  { weight: 1, arbitrary: garbageId.map((id) => untyped({ type: 'visitor.choose', choice: { kind: 'topic', id } })) },
  { weight: 1, arbitrary: garbageId.map((id) => untyped({ type: 'visitor.choose', choice: { kind: 'action', id } })) },
  { weight: 1, arbitrary: fc.oneof(fc.anything({ maxDepth: 1 }), fc.constant(null)).map((choice) => untyped({ type: 'visitor.choose', choice })) },
  { weight: 4, arbitrary: fc.nat(6).map((option): Step => ({ kind: 'answer', option })) },
  { weight: 1, arbitrary: fc.tuple(garbageId, fc.oneof(garbageId, fc.array(garbageId, { maxLength: 3 }))).map(([questionId, choice]) => event({ type: 'screening.answer', questionId, choice })) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 1 }).map((choice) => untyped({ type: 'screening.answer', questionId: 'reason', choice })) },
  { weight: 1, arbitrary: fc.constant(event({ type: 'screening.back' })) },
  { weight: 1, arbitrary: fc.constant(event({ type: 'screening.stop' })) },
  {
    weight: 3,
    arbitrary: fc.tuple(contactInput, fc.boolean()).map(([input, includeScreening]) => untyped({ type: 'contact.submit', input, includeScreening }, contactsOf(input))),
  },
  { weight: 2, arbitrary: validForm.map((form): Step => ({ kind: 'lead', form })) },
  { weight: 2, arbitrary: fc.array(fc.nat(6), { minLength: 1, maxLength: 16 }).map((options): Step => ({ kind: 'screen', options })) },
  { weight: 1, arbitrary: fc.constant(event({ type: 'contact.cancel' })) },
  { weight: 2, arbitrary: fc.constantFrom('safe', 'not-safe').map((answer) => event({ type: 'crisis.respond', answer })) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 0 }).map((answer) => untyped({ type: 'crisis.respond', answer })) },
  { weight: 1, arbitrary: fc.constant(event({ type: 'crisis.show' })) },
  {
    weight: 2,
    arbitrary: fc.tuple(garbageId, fc.constantFrom('sending', 'sent', 'retrying', 'failed', 'rejected')).map(([leadId, status]) =>
      untyped({ type: 'lead.status', leadId, status, attempts: 1, nextAttemptAt: 0, message: 'NOPE', hint: 'CALL' }),
    ),
  },
  { weight: 1, arbitrary: fc.option(garbageId, { nil: undefined }).map((leadId) => untyped({ type: 'lead.retry', leadId })) },
  { weight: 1, arbitrary: fc.constant(event({ type: 'network.online' })) },
  { weight: 2, arbitrary: fc.constant(event({ type: 'chat.end' })) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'end' }) },
  { weight: 1, arbitrary: fc.array(visitorText, { minLength: 5, maxLength: 25 }).map((texts): Step => ({ kind: 'burst', texts })) },
  { weight: 1, arbitrary: fc.oneof(fc.constant(''), fc.constant('   '), fc.anything({ maxDepth: 0 })).map((text) => untyped({ type: 'visitor.message', text })) },
  { weight: 1, arbitrary: garbageId.map((type) => untyped({ type })) },
  { weight: 2, arbitrary: fc.constant<Step>({ kind: 'tick' }) },
);

// ---- invariants ------------------------------------------------------------------------------

/**
 * Every 4-character window of `value`, and the lower-case form of each window that holds a letter
 * no id can contain (lower-casing "COST" gives an entry id; lower-casing Greek gives nothing an id
 * could hold, so finding it would be a leak).
 */
function windows(value: string): string[] {
  const out = new Set<string>();
  const chars = Array.from(value); // code points: a window never splits a character
  for (let i = 0; i + 4 <= chars.length; i++) {
    const window = chars.slice(i, i + 4).join('');
    if (window.trim().length < 4) continue;
    out.add(window);
    if (/[^\u0020-\u007e]/.test(window)) out.add(window.toLowerCase());
  }
  return [...out];
}

/**
 * What the model remembers between steps: whether a crisis was shown, and what the visitor typed
 * or put in a form, as the set of its 4-character windows. Analytics are checked incrementally:
 * new events against every window so far, new windows against every event so far.
 */
class Model {
  happened = false;
  readonly secrets: string[] = [];
  private readonly windows = new Map<string, string>();
  private secretsSeen = 0;
  private eventsSeen = 0;
  private eventsText = '';

  expectNoLeak(events: readonly ChatEvent[]): void {
    for (; this.secretsSeen < this.secrets.length; this.secretsSeen++) {
      const secret = this.secrets[this.secretsSeen]!;
      for (const window of windows(secret)) {
        expect(this.eventsText.includes(window), `analytics carry "${window}" from ${JSON.stringify(secret)}: ${this.eventsText}`).to.equal(false);
        this.windows.set(window, secret);
      }
    }
    for (; this.eventsSeen < events.length; this.eventsSeen++) {
      const json = JSON.stringify(events[this.eventsSeen]);
      for (const window of windows(json)) {
        const secret = this.windows.get(window);
        expect(secret, `analytics carry "${window}" from ${JSON.stringify(secret)}: ${json}`).to.equal(undefined);
      }
      this.eventsText += `${json}\n`;
    }
  }
}

function expectWellFormed(value: unknown, context: ConversationContext): void {
  expect(STATES).to.include(value);
  const { transcript } = context;
  expect(transcript.length).to.be.greaterThan(0);
  expect(transcript[0]!.type).to.equal('greeting');
  for (let i = 1; i < transcript.length; i++) expect(transcript[i]!.id, 'transcript ids increase').to.be.greaterThan(transcript[i - 1]!.id);
  expect(context.nextId).to.be.greaterThan(transcript[transcript.length - 1]!.id);
}

function expectCrisisKept(model: Model, context: ConversationContext, ended: boolean): void {
  if (model.happened && !ended) expect(context.crisis.happened, 'a crisis is never forgotten, except by ending the chat').to.equal(true);
  if (ended) expect(context.crisis.happened).to.equal(false);
  model.happened = context.crisis.happened;
}

function expectCrisisTakeover(value: unknown, before: ConversationContext, after: ConversationContext): void {
  expect(value).to.equal('crisis');
  expect(after.transcript.length, 'visitor text and crisis card appended').to.equal(before.transcript.length + 2);
  const [said, card] = after.transcript.slice(-2);
  expect(said?.type).to.equal('visitor-text');
  expect(card?.type).to.equal('crisis');
  if (card?.type === 'crisis') expect(CRISIS_KINDS).to.include(card.kind);
  expect(after.crisis.happened).to.equal(true);
}

// ---- the live conversation -------------------------------------------------------------------

interface Live {
  storage: KeyValueStorage;
  conversation: Conversation;
  events: ChatEvent[];
  leads: unknown[];
}

type Factory = (options: CreateConversationOptions) => Conversation;

function startLive(senderMode: number, storage: KeyValueStorage = memoryStorage(), create: Factory = createConversation): Live {
  const leads: unknown[] = [];
  const events: ChatEvent[] = [];
  const conversation = create({
    knowledge: compiled,
    storage,
    now: () => NOW,
    backoff: { baseMs: 1, maxMs: 4, maxAttempts: 3 },
    onIssue: () => undefined,
    config: {
      center: CENTER,
      leadSender: (lead) => {
        leads.push(lead);
        // Delivered, refused for good, or failing (retried, then reported failed).
        if (senderMode === 0) return Promise.resolve({ ok: true });
        if (senderMode === 1) return Promise.resolve({ ok: false, retry: false, message: 'REFUSED HERE' });
        return Promise.reject(new Error('down'));
      },
    },
  });
  conversation.events.subscribe((e) => events.push(e));
  return { storage, conversation, events, leads };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 2));

/** The option of the question the self-check asks now, by index (any answer when none is asked). */
function answerNow(context: ConversationContext, index: number): ConversationEvent {
  const question = context.screening ? currentQuestion(DEFAULT_SELF_CHECK, context.screening) : undefined;
  const options = question?.options ?? [];
  const option = options[index % Math.max(1, options.length)];
  return { type: 'screening.answer', questionId: question?.id ?? 'reason', choice: option?.id ?? 'alcohol' };
}

/**
 * Plays one step: sends its events (reading the context where the next event depends on it) and
 * records what the visitor typed. Returns true when the step ended the chat.
 */
function play(s: Step, model: Model, send: (e: ConversationEvent) => void, context: () => ConversationContext, end: () => void): boolean {
  switch (s.kind) {
    case 'event':
      model.secrets.push(...s.texts, ...s.contacts);
      send(s.event);
      return s.event.type === 'chat.end';
    case 'crisis':
      send({ type: 'visitor.message', text: s.text });
      return false;
    case 'answer':
      send(answerNow(context(), s.option));
      return false;
    case 'screen':
      send({ type: 'visitor.choose', choice: { kind: 'action', id: 'start-screening' } });
      for (const option of s.options) if (context().screening) send(answerNow(context(), option));
      return false;
    case 'lead':
      model.secrets.push(...contactsOf(s.form));
      send({ type: 'visitor.choose', choice: { kind: 'action', id: 'contact' } });
      send({ type: 'contact.submit', input: s.form as never });
      return false;
    case 'burst':
      model.secrets.push(...s.texts);
      for (const text of s.texts) send({ type: 'visitor.message', text });
      return false;
    case 'end':
      end();
      return true;
    case 'tick':
      return false;
  }
}

/** Every invariant, after a step. */
function expectInvariants(s: Step, model: Model, status: string, value: unknown, before: ConversationContext, after: ConversationContext, ended: boolean, events: readonly ChatEvent[]): void {
  expect(status, 'the conversation is still running').to.equal('active');
  expectWellFormed(value, after);
  if (s.kind === 'crisis') expectCrisisTakeover(value, before, after);
  expectCrisisKept(model, after, ended);
  model.expectNoLeak(events);
}

class LiveStep implements fc.AsyncCommand<Model, Live> {
  constructor(readonly step: Step) {}
  check(): boolean {
    return true;
  }
  async run(model: Model, live: Live): Promise<void> {
    const { actor } = live.conversation;
    const before = actor.getSnapshot().context;
    const ended = play(
      this.step,
      model,
      (e) => {
        actor.send(e);
      },
      () => actor.getSnapshot().context,
      () => {
        live.conversation.end();
      },
    );
    if (this.step.kind === 'tick') await tick();
    const snapshot = actor.getSnapshot();
    expect(live.conversation.state()).to.equal(snapshot.value);
    expectInvariants(this.step, model, snapshot.status, snapshot.value, before, snapshot.context, ended, live.events);
  }
  toString(): string {
    return JSON.stringify(this.step);
  }
}

// ---- the pure machine ------------------------------------------------------------------------

const { config } = resolveConfig({ center: CENTER, leadEndpoint: '/api/leads' });

function pureMachine(withDelivery: boolean): ConversationMachine {
  return createConversationMachine({
    knowledge: kb,
    ...loadedServices(),
    config,
    leadDelivery: withDelivery ? { senders: () => Promise.resolve({ kind: 'delivered' as const }), storage: null } : null,
    now: () => NOW,
  });
}
const MACHINES = [pureMachine(true), pureMachine(false)] as const;

type Snap = SnapshotFrom<ConversationMachine>;
interface Pure {
  machine: ConversationMachine;
  snapshot: Snap;
  events: ChatEvent[];
}

/** Analytics events a pure transition asked for (returned as emit actions, not run). */
function emitted(actions: readonly unknown[]): ChatEvent[] {
  const out: ChatEvent[] = [];
  for (const a of actions as { type?: string; params?: { event?: { type?: string; event?: ChatEvent } } }[]) {
    if (a.type === 'xstate.emit' && a.params?.event?.type === 'analytics' && a.params.event.event) out.push(a.params.event.event);
  }
  return out;
}

class PureStep implements fc.Command<Model, Pure> {
  constructor(readonly step: Step) {}
  check(): boolean {
    return true;
  }
  run(model: Model, pure: Pure): void {
    const before = pure.snapshot.context;
    const send = (e: ConversationEvent): void => {
      const [next, actions] = transition(pure.machine, pure.snapshot, e);
      pure.snapshot = next;
      pure.events.push(...emitted(actions));
    };
    const ended = play(this.step, model, send, () => pure.snapshot.context, () => {
      send({ type: 'chat.end' });
    });
    const { status, value, context } = pure.snapshot;
    expectInvariants(this.step, model, status, value, before, context, ended, pure.events);
  }
  toString(): string {
    return JSON.stringify(this.step);
  }
}

describe('conversation: model-based property tests', () => {
  it('the crisis messages used here are crises', () => {
    const pure: Pure = { machine: MACHINES[0], snapshot: initialTransition(MACHINES[0], {})[0], events: [] };
    for (const text of CRISIS_MESSAGES) {
      new PureStep({ kind: 'end' }).run(new Model(), pure);
      new PureStep({ kind: 'crisis', text }).run(new Model(), pure);
    }
  });

  const liveRuns = async (create: Factory, numRuns: number): Promise<void> => {
    await fc.assert(
      fc.asyncProperty(fc.commands([step.map((s) => new LiveStep(s))], { maxCommands: 40, size: 'max' }), fc.nat(2), async (commands, senderMode) => {
        const live = startLive(senderMode, memoryStorage(), create);
        try {
          const model = new Model();
          await fc.asyncModelRun(() => ({ model, real: live }), commands);
          // Let lead deliveries finish, then look again.
          await tick();
          const snapshot = live.conversation.actor.getSnapshot();
          expect(snapshot.status).to.equal('active');
          expectWellFormed(snapshot.value, snapshot.context);
          model.expectNoLeak(live.events);
          // A page reload now resumes exactly this conversation (whatever state it reached, the saved copy is valid).
          live.conversation.dispose();
          const reloaded = startLive(senderMode, live.storage, create);
          try {
            const resumed = reloaded.conversation.actor.getSnapshot().context.transcript;
            expect(resumed).to.deep.equal(snapshot.context.interacted ? snapshot.context.transcript : [{ id: 1, type: 'greeting' }]);
          } finally {
            reloaded.conversation.dispose();
          }
        } finally {
          live.conversation.dispose();
        }
      }),
      { seed: SEED, numRuns, includeErrorInReport: true },
    );
  };

  it('a live conversation survives any sequence of events, with every invariant after every step', async function () {
    this.timeout(25_000);
    await liveRuns(createConversation, 120);
  });

  it('so does one whose self-check and contact code load on first use (events for them arrive while they load)', async function () {
    this.timeout(25_000);
    await liveRuns(createLazyConversation, 80);
  });

  it('the pure machine (initialTransition / transition) keeps the same invariants, with and without lead delivery', function () {
    this.timeout(25_000);
    fc.assert(
      fc.property(fc.commands([step.map((s) => new PureStep(s))], { maxCommands: 60, size: 'max' }), fc.nat(1), (commands, which) => {
        const machine = MACHINES[which === 0 ? 0 : 1];
        const [snapshot, actions] = initialTransition(machine, {});
        const pure: Pure = { machine, snapshot, events: emitted(actions) };
        const model = new Model();
        fc.modelRun(() => ({ model, real: pure }), commands);
      }),
      { seed: SEED, numRuns: 250, includeErrorInReport: true },
    );
  });
});
