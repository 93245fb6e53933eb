import { expect } from '@open-wc/testing';
import { CRISIS_KINDS, type CrisisKind } from '../../src/safety/crisis-kinds.js';
import { DEFAULT_CRISIS_PACKS, resourcesFor } from '../../src/safety/crisis-packs.js';
import {
  type CrisisReply,
  crisisReply,
  gentleCheckReply,
  notSafeFollowUpReply,
  primaryActionLine,
  safeFollowUpReply,
} from '../../src/safety/crisis-replies.js';

const VARIANTS = [
  {},
  { immediate: true },
  { someoneElse: true },
  { someoneElse: true, immediate: true },
] as const;

function allReplies(): { kind: CrisisKind; opts: (typeof VARIANTS)[number]; reply: CrisisReply }[] {
  return CRISIS_KINDS.flatMap((kind) => VARIANTS.map((opts) => ({ kind, opts, reply: crisisReply(kind, opts) })));
}

/** Words a safe-messaging review rejects: methods, doses, promises, diagnoses. */
const UNSAFE = /\b(promise|swear|mg|milligrams?|dose|lethal|method|bridge|rope|hang|diagnos\w*|you have (depression|an? disorder))\b/i;

describe('crisisReply', () => {
  it('says help is available right now and gives the first resource as the one primary action', () => {
    for (const { kind, opts, reply } of allReplies()) {
      const label = `${kind} ${JSON.stringify(opts)}`;
      const text = reply.body.join(' ');
      expect(text, label).to.match(/help is available right now/i);
      const first = resourcesFor(DEFAULT_CRISIS_PACKS.US, kind, opts)[0];
      expect(first, label).to.not.equal(undefined);
      if (first === undefined) continue;
      expect(reply.body, label).to.include(primaryActionLine(first, DEFAULT_CRISIS_PACKS.US));
      expect(reply.body.length, label).to.be.within(3, 4);
      expect(reply.heading.length, label).to.be.greaterThan(0);
    }
  });

  it('asks exactly one neutral safety question with a "safe" and a "not safe" answer', () => {
    for (const { kind, opts, reply } of allReplies()) {
      const label = `${kind} ${JSON.stringify(opts)}`;
      expect(reply.safetyQuestion.endsWith('?'), label).to.equal(true);
      expect(reply.safetyQuestion.split('?').length, label).to.equal(2);
      expect(reply.safetyAnswers.map((a) => a.id), label).to.include.members(['safe', 'not-safe']);
      expect(reply.body.join(' '), label).not.to.match(/\?/);
    }
  });

  it('never gives method, dose or location details, diagnoses, or asks for promises', () => {
    for (const { kind, opts, reply } of allReplies()) {
      const text = [reply.heading, ...reply.body, reply.safetyQuestion, ...reply.safetyAnswers.map((a) => a.label)].join(' ');
      expect(text, `${kind} ${JSON.stringify(opts)}`).not.to.match(UNSAFE);
    }
  });

  it('uses 988 first for suicide and 911 first for medical emergencies', () => {
    expect(crisisReply('suicide-self-harm').body).to.include('Call or text 988 now (988 Suicide & Crisis Lifeline).');
    expect(crisisReply('suicide-self-harm').safetyQuestion).to.equal('Are you safe right now?');
    expect(crisisReply('medical-emergency').body).to.include('Call 911 now.');
  });

  it('for someone else in a medical emergency: call 911, stay with them, is the person breathing?', () => {
    for (const kind of ['medical-emergency', 'overdose-poisoning'] as const) {
      const reply = crisisReply(kind, { someoneElse: true, immediate: true });
      expect(reply.body).to.include('Call 911 now.');
      expect(reply.body).to.include('If they are unconscious or not breathing, call 911 now and stay with them.');
      expect(reply.safetyQuestion).to.equal('Is the person breathing and awake?');
    }
  });

  it('for abuse: the hotline first, 911 first when in danger now', () => {
    expect(crisisReply('violence-abuse').body.join(' ')).to.contain('National Domestic Violence Hotline');
    expect(crisisReply('violence-abuse', { immediate: true }).body).to.include('Call 911 now.');
  });

  it('fills in the numbers of the pack it is given', () => {
    const uk = crisisReply('medical-emergency', { someoneElse: true }, DEFAULT_CRISIS_PACKS.UK);
    expect(uk.heading).to.equal('Call 999 now');
    expect(uk.body.join(' ')).to.contain('call 999 now and stay with them');
    expect(uk.body.join(' ')).not.to.match(/911|988|\{/);
    const au = crisisReply('suicide-self-harm', {}, DEFAULT_CRISIS_PACKS.AU);
    expect(au.body).to.include('Call 13 11 14 now (Lifeline).');
  });

  it('leaves no placeholder unfilled', () => {
    for (const { reply } of allReplies()) {
      for (const line of [reply.heading, ...reply.body, reply.safetyQuestion]) expect(line).not.to.match(/[{}]/);
    }
  });
});

describe('gentle check and follow-ups', () => {
  it('the gentle check offers the lifeline and asks directly, suited to the kind', () => {
    const reply = gentleCheckReply();
    expect(reply.body).to.include('Call or text 988 now (988 Suicide & Crisis Lifeline).');
    expect(reply.safetyQuestion).to.equal('Can I ask you directly: are you having thoughts of ending your life or hurting yourself?');
    const medical = gentleCheckReply(undefined, 'medical-emergency');
    expect(medical.safetyQuestion).to.match(/trouble breathing/);
    expect(medical.body).to.include('Call 911 now.');
    expect(gentleCheckReply(undefined, 'violence-abuse').safetyQuestion).to.equal('Are you safe where you are right now?');
    expect(reply.safetyAnswers.map((a) => a.id)).to.deep.equal(['safe', 'not-safe', 'someone-else']);
  });

  it('after "I\'m safe" the resources stay available', () => {
    expect(safeFollowUpReply().body.join(' ')).to.match(/stay right here/);
    expect(safeFollowUpReply({ someoneElse: true }).body.join(' ')).to.match(/they're okay/);
  });

  it('after "not safe" it says to call the emergency number now', () => {
    expect(notSafeFollowUpReply().body[0]).to.contain('call 911 now');
    expect(notSafeFollowUpReply({ someoneElse: true }, DEFAULT_CRISIS_PACKS.AU).body.join(' ')).to.contain('000');
  });
});
