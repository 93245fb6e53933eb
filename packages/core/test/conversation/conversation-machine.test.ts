import { expect } from '@open-wc/testing';
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { knowledge as compiled } from '@iop-chat/knowledge';
import { loadKnowledge } from '../../src/knowledge/knowledge-base.js';
import { resolveConfig } from '../../src/config/config-validation.js';
import { createConversationMachine, type ConversationMachine } from '../../src/conversation/conversation-machine.js';
import { loadedServices } from '../../src/conversation/create-conversation.js';
import type { ConversationEvent } from '../../src/conversation/conversation-events.js';
import type { ChatEvent } from '../../src/events/chat-events.js';
import type { TranscriptItem } from '../../src/conversation/transcript.js';

const kb = loadKnowledge(compiled);
const { config } = resolveConfig({
  center: { name: 'Cedar Grove Recovery', phone: '(555) 010-0199', hours: 'Mon-Fri 08:00-18:00', timeZone: 'America/Chicago' },
  leadEndpoint: '/api/leads',
});
const tracked: ChatEvent[] = [];
const deliveryInput = { senders: () => Promise.resolve({ kind: 'delivered' as const }), storage: null };

function machine(withDelivery = true, now = new Date('2026-11-23T15:00:00Z')): ConversationMachine {
  return createConversationMachine({
    knowledge: kb,
    ...loadedServices(),
    config,
    leadDelivery: withDelivery ? deliveryInput : null,
    now: () => now,
  });
}

type Snap = SnapshotFrom<ConversationMachine>;

/** Analytics events the machine emitted (pure transitions return them as actions, unexecuted). */
function collect(actions: readonly unknown[]): void {
  for (const a of actions as { type?: string; params?: { event?: { type?: string; event?: ChatEvent } } }[]) {
    if (a.type === 'xstate.emit' && a.params?.event?.type === 'analytics' && a.params.event.event) tracked.push(a.params.event.event);
  }
}

function run(m: ConversationMachine, ...events: ConversationEvent[]): Snap {
  let [snap, actions] = initialTransition(m, {});
  collect(actions);
  for (const event of events) {
    [snap, actions] = transition(m, snap, event);
    collect(actions);
  }
  return snap;
}

const last = (s: Snap): TranscriptItem => s.context.transcript[s.context.transcript.length - 1]!;
const say = (text: string): ConversationEvent => ({ type: 'visitor.message', text });
const choose = (id: 'start-screening' | 'contact' | 'topics' | 'crisis-resources' | 'stop-screening' | 'continue-screening'): ConversationEvent => ({
  type: 'visitor.choose',
  choice: { kind: 'action', id },
});
const answer = (questionId: string, choice: string): ConversationEvent => ({ type: 'screening.answer', questionId, choice });

const validLead = {
  name: 'J.',
  phone: '555-010-0100',
  preferredMethod: 'call' as const,
  voicemailOk: false,
  centerNameOk: false,
  consentContact: true,
  consentSms: false,
  includeScreening: true,
};

describe('conversation machine', () => {
  beforeEach(() => {
    tracked.length = 0;
  });

  it('greets, then waits in chatting, storing nothing yet', () => {
    const s = run(machine());
    expect(s.value).to.equal('chatting');
    expect(s.context.transcript.map((i) => i.type)).to.deep.equal(['greeting']);
    expect(s.context.interacted).to.equal(false);
  });

  it('answers a question with the best entry, follow-ups and offers', () => {
    const s = run(machine(), say('how many weeks does the program last'));
    expect(s.value).to.equal('chatting');
    const item = last(s);
    expect(item.type).to.equal('answer');
    if (item.type !== 'answer') return;
    expect(item.entryId).to.equal('program-length');
    expect(item.followUps.length).to.be.within(1, 3);
    expect(item.offers).to.include('contact');
    expect(s.context.interacted).to.equal(true);
    const answered = tracked.find((e) => e.type === 'topic.answered');
    expect(answered).to.include({ type: 'topic.answered', entryId: 'program-length' });
  });

  it('falls back honestly on out-of-scope messages, and offers a person the second time', () => {
    const once = run(machine(), say('who won the football game last night'));
    expect(last(once)).to.include({ type: 'fallback', repeated: false });
    const twice = run(machine(), say('who won the football game last night'), say('whats the best pizza recipe'));
    expect(last(twice)).to.include({ type: 'fallback', repeated: true });
    expect(tracked.filter((e) => e.type === 'fallback')).to.have.length(3);
  });

  it('an answer resets the fallback count', () => {
    const s = run(machine(), say('tell me a joke'), say('do you take insurance'), say('what is the weather'));
    expect(last(s)).to.include({ type: 'fallback', repeated: false });
  });

  it('asks "did you mean" when a message is too vague to pick one entry', () => {
    const s = run(machine(), say('help'));
    const item = last(s);
    expect(['clarify', 'fallback']).to.include(item.type);
  });

  describe('crisis, from every state', () => {
    const crisisText = 'I want to kill myself tonight';
    const toState: Record<string, ConversationEvent[]> = {
      chatting: [],
      screening: [choose('start-screening')],
      contact: [choose('contact')],
      crisis: [say('I took too many pills and my chest hurts')],
    };
    for (const [state, path] of Object.entries(toState)) {
      it(`goes to crisis from ${state}`, () => {
        const before = run(machine(), ...path);
        expect(before.value).to.equal(state);
        const s = run(machine(), ...path, say(crisisText));
        expect(s.value).to.equal('crisis');
        expect(last(s)).to.include({ type: 'crisis', kind: 'suicide-self-harm' });
        expect(s.context.crisis.happened).to.equal(true);
        expect(tracked).to.deep.include({ type: 'crisis.shown', kind: 'suicide-self-harm' });
      });
    }

    it('shows the crisis card before anything else, even inside an ordinary question', () => {
      const s = run(machine(), say('how much does it cost? also i have been saving up pills to end it'));
      expect(s.value).to.equal('crisis');
      expect(s.context.transcript.some((i) => i.type === 'answer')).to.equal(false);
    });

    it('marks someone else in danger and medical emergencies as immediate', () => {
      const s = run(machine(), say("my friend took a bunch of oxys and he won't wake up"));
      const item = last(s);
      expect(item.type).to.equal('crisis');
      if (item.type !== 'crisis') return;
      expect(item.kind).to.equal('overdose-poisoning');
      expect(item.someoneElse).to.equal(true);
      expect(item.immediate).to.equal(true);
    });

    it('"I\'m safe" returns to chatting but never erases that a crisis happened', () => {
      const s = run(machine(), say('I want to end my life'), { type: 'crisis.respond', answer: 'safe' });
      expect(s.value).to.equal('chatting');
      expect(last(s)).to.include({ type: 'crisis-ack', answer: 'safe' });
      expect(s.context.crisis.happened).to.equal(true);
      const typed = run(machine(), say('I want to end my life'), say("i'm fine now"));
      expect(typed.value).to.equal('chatting');
      expect(typed.context.crisis.happened).to.equal(true);
    });

    it('"not safe" keeps the crisis resources in front', () => {
      const s = run(machine(), say('I want to end my life'), { type: 'crisis.respond', answer: 'not-safe' });
      expect(s.value).to.equal('crisis');
      expect(last(s)).to.include({ type: 'crisis-ack', answer: 'not-safe' });
    });

    it('"Need help now?" shows the resources again from any state', () => {
      const s = run(machine(), say('do you take insurance'), { type: 'crisis.show' });
      expect(s.value).to.equal('crisis');
      expect(last(s)).to.include({ type: 'crisis', kind: 'general' });
    });

    it('does not take over for figurative or past-tense language', () => {
      const s = run(machine(), say("I'm dying to know how much this costs"), say('my brother died of an overdose last year, can families join sessions'));
      expect(s.value).to.equal('chatting');
      expect(s.context.crisis.happened).to.equal(false);
    });
  });

  describe('self-check', () => {
    const alcoholPath: ConversationEvent[] = [
      choose('start-screening'),
      answer('reason', 'alcohol'),
      answer('sex', 'woman'),
      answer('audit-c-1', '2-3-week'),
      answer('audit-c-2', '3-4'),
      answer('audit-c-3', 'monthly'),
    ];

    it('starts from a chip or from a typed request, with an intro and the first question', () => {
      for (const start of [choose('start-screening'), say('can I take the self assessment quiz')]) {
        const s = run(machine(), start);
        expect(s.value).to.equal('screening');
        expect(s.context.transcript.slice(-2).map((i) => i.type)).to.deep.equal(['screening-intro', 'screening-question']);
        expect(last(s)).to.include({ questionId: 'reason' });
      }
    });

    it('completes to a result band and offers contact', () => {
      const rest = ['drug-use:never', 'phq-2-1:several-days', 'phq-2-2:not-at-all', 'gad-2-1:not-at-all', 'gad-2-2:not-at-all', 'withdrawal:no', 'supervision:no', 'safe-home:yes', 'attend:yes', 'safety:no'];
      const s = run(machine(), ...alcoholPath, ...rest.map((r) => answer(r.split(':')[0]!, r.split(':')[1]!)));
      expect(s.value).to.equal('chatting');
      const item = last(s);
      expect(item).to.include({ type: 'screening-result', bandId: 'iop-fit' });
      expect(s.context.screeningBand).to.equal('iop-fit');
      expect(s.context.screening).to.equal(null);
      expect(tracked).to.deep.include({ type: 'screening.completed', bandId: 'iop-fit' });
    });

    it('a "yes" to the safety question enters the crisis flow', () => {
      const rest = ['drug-use:never', 'phq-2-1:nearly-every-day', 'phq-2-2:nearly-every-day', 'gad-2-1:not-at-all', 'gad-2-2:not-at-all', 'withdrawal:no', 'supervision:no', 'safe-home:yes', 'attend:yes', 'safety:yes'];
      const s = run(machine(), ...alcoholPath, ...rest.map((r) => answer(r.split(':')[0]!, r.split(':')[1]!)));
      expect(s.value).to.equal('crisis');
      expect(last(s)).to.include({ type: 'crisis', kind: 'suicide-self-harm' });
      expect(s.context.transcript.some((i) => i.type === 'screening-result')).to.equal(false);
    });

    it('severe withdrawal now is a medical emergency (911 first)', () => {
      const rest = ['drug-use:never', 'phq-2-1:not-at-all', 'phq-2-2:not-at-all', 'gad-2-1:not-at-all', 'gad-2-2:not-at-all', 'withdrawal:severe-now'];
      const s = run(machine(), ...alcoholPath, ...rest.map((r) => answer(r.split(':')[0]!, r.split(':')[1]!)));
      expect(s.value).to.equal('crisis');
      expect(last(s)).to.include({ type: 'crisis', kind: 'medical-emergency', immediate: true });
    });

    it('accepts a typed option label, goes back, and ignores an answer to the wrong question', () => {
      const typed = run(machine(), choose('start-screening'), say('Alcohol'));
      expect(last(typed)).to.include({ questionId: 'sex' });
      const back = run(machine(), choose('start-screening'), answer('reason', 'alcohol'), { type: 'screening.back' });
      expect(last(back)).to.include({ questionId: 'reason' });
      const wrong = run(machine(), choose('start-screening'), answer('safety', 'no'));
      expect(wrong.value).to.equal('screening');
      expect(wrong.context.screening?.answers).to.have.length(0);
      expect(wrong.context.screening?.error?.code).to.equal('wrong-question');
    });

    it('a question typed mid-check is answered and the check question is asked again', () => {
      const s = run(machine(), choose('start-screening'), say('do you take medicaid'));
      expect(s.value).to.equal('screening');
      const types = s.context.transcript.slice(-2).map((i) => i.type);
      expect(types).to.deep.equal(['answer', 'screening-question']);
    });

    it('can be stopped by chip or by typing "stop"', () => {
      expect(run(machine(), choose('start-screening'), { type: 'screening.stop' }).value).to.equal('chatting');
      const typed = run(machine(), choose('start-screening'), say('stop'));
      expect(typed.value).to.equal('chatting');
      expect(last(typed).type).to.equal('screening-stopped');
    });
  });

  describe('contact', () => {
    it('opens the form with whether the center is open now', () => {
      const open = run(machine(true, new Date('2026-11-23T15:00:00Z')), choose('contact'));
      expect(open.value).to.equal('contact');
      expect(last(open)).to.include({ type: 'contact', form: true, openNow: true });
      const closed = run(machine(true, new Date('2026-11-23T03:00:00Z')), choose('contact'));
      expect(last(closed)).to.include({ openNow: false });
    });

    it('without an endpoint shows the phone directly and stays in chatting', () => {
      const s = run(machine(false), choose('contact'));
      expect(last(s)).to.include({ type: 'contact', form: false });
      const typed = run(machine(false), say('can I talk to a real person'));
      expect(typed.value).to.equal('chatting');
    });

    it('keeps the visitor on the form with field messages when invalid', () => {
      const s = run(machine(), choose('contact'), { type: 'contact.submit', input: { ...validLead, phone: '', consentContact: false } });
      expect(s.value).to.equal('contact');
      expect(s.context.contactErrors).to.have.property('consentContact');
    });

    it('sends a valid lead to the delivery actor with the self-check band only with consent', () => {
      const m = machine();
      let [snap] = initialTransition(m, {});
      [snap] = transition(m, snap, choose('contact'));
      const [after, actions] = transition(m, snap, { type: 'contact.submit', input: validLead });
      collect(actions);
      expect(after.value).to.equal('chatting');
      const sent = JSON.stringify(actions);
      expect(sent).to.contain('lead.submit');
      expect(tracked).to.deep.include({ type: 'lead.submitted', method: 'call' });
    });

    it('records delivery status and adds one status item per lead', () => {
      const s = run(
        machine(),
        choose('contact'),
        { type: 'contact.submit', input: validLead },
        { type: 'lead.status', leadId: 'L1', status: 'sending', attempts: 1 },
        { type: 'lead.status', leadId: 'L1', status: 'sent' },
      );
      expect(s.context.leads['L1']).to.deep.equal({ leadId: 'L1', status: 'sent' });
      expect(s.context.transcript.filter((i) => i.type === 'lead-status')).to.have.length(1);
      expect(tracked).to.deep.include({ type: 'lead.delivered' });
    });
  });

  it('end chat clears the conversation back to the greeting', () => {
    const s = run(machine(), say('I want to end my life'), { type: 'chat.end' });
    expect(tracked).to.deep.include({ type: 'chat.ended' });
    expect(s.value).to.equal('chatting');
    expect(s.context.transcript.map((i) => i.type)).to.deep.equal(['greeting']);
    expect(s.context.crisis.happened).to.equal(false);
    expect(s.context.interacted).to.equal(false);
  });

  it('restores into the saved state', () => {
    const saved = run(machine(), choose('start-screening'), answer('reason', 'alcohol'));
    const m = machine();
    const [snap] = initialTransition(m, { context: saved.context, state: 'screening' });
    expect(snap.value).to.equal('screening');
    expect(last(snap)).to.include({ questionId: 'sex' });
  });

  it('analytics events carry ids and outcomes, never message text', () => {
    run(machine(), say('my name is Jane Doe and my number is 555-123-4567, how much does it cost'), choose('contact'), {
      type: 'contact.submit',
      input: validLead,
    });
    const text = JSON.stringify(tracked);
    expect(text).not.to.contain('Jane');
    expect(text).not.to.contain('555');
  });
});
