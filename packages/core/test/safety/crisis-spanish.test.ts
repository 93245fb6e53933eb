import { expect } from '@open-wc/testing';
import { crisisReply, gentleCheckReply, notSafeFollowUpReply, primaryActionLine, safeFollowUpReply } from '../../src/safety/crisis-replies.js';
import { CRISIS_REPLY_SCRIPTS_ES } from '../../src/safety/crisis-scripts-es.js';
import { CRISIS_KINDS } from '../../src/safety/crisis-kinds.js';
import { getCrisisPack, resourcesFor } from '../../src/safety/crisis-packs.js';
import { SPANISH_ROUTES_VERIFIED, hasSpanishRoutes, spanishPack } from '../../src/safety/crisis-packs-es.js';
import { guessLanguage } from '../../src/text/language.js';
import { knowledge } from '@iop-chat/knowledge';
import { createConversation } from '../../src/conversation/create-conversation.js';
import { isSavedConversation } from '../../src/conversation/persistence.js';

describe('Spanish crisis replies and routes', () => {
  it('the US pack in Spanish puts 988 press 2 and AYUDA first, with the same numbers', () => {
    const es = spanishPack(getCrisisPack('US'));
    const lifeline = es.resources.find((r) => r.id === '988-lifeline');
    expect(lifeline?.actions.map((a) => [a.label, a.href])).to.deep.equal([
      ['Llama al 988 y marca 2', 'tel:988'],
      ['Envía AYUDA al 988', 'sms:988?body=AYUDA'],
    ]);
    expect(es.resources.find((r) => r.id === 'crisis-text-line')?.actions[0]?.href).to.equal('sms:741741?body=AYUDA');
    expect(es.resources.map((r) => r.id)).to.deep.equal(getCrisisPack('US').resources.map((r) => r.id));
    expect(SPANISH_ROUTES_VERIFIED).to.match(/^\d{4}-\d{2}$/);
    expect(hasSpanishRoutes(getCrisisPack('UK'))).to.equal(false);
    expect(spanishPack(getCrisisPack('UK'))).to.equal(getCrisisPack('UK'));
  });

  it('every kind and variant has a Spanish script with one question and a primary line', () => {
    for (const kind of CRISIS_KINDS) {
      for (const options of [{}, { immediate: true }, { someoneElse: true }, { someoneElse: true, immediate: true }]) {
        const reply = crisisReply(kind, options, getCrisisPack('US'), 'es');
        expect(reply.safetyQuestion).to.match(/^¿.+\?$/);
        for (const line of [reply.heading, ...reply.body]) expect(line).not.to.match(/[{}]/);
        const pack = spanishPack(getCrisisPack('US'));
        const first = resourcesFor(pack, kind, options)[0];
        expect(reply.body).to.include(primaryActionLine(first!, pack, 'es'));
      }
      expect(CRISIS_REPLY_SCRIPTS_ES[kind].self.heading.length).to.be.greaterThan(0);
    }
    expect(crisisReply('medical-emergency', {}, getCrisisPack('US'), 'es').heading).to.equal('Llama al 911 ahora');
    expect(crisisReply('suicide-self-harm', {}, getCrisisPack('US'), 'es').body).to.include(
      'Llama al 988 y marca 2 o envía AYUDA al 988 ahora (988 Lifeline en español).',
    );
  });

  it('falls back to English where the pack has no Spanish routes', () => {
    expect(crisisReply('suicide-self-harm', {}, getCrisisPack('UK'), 'es').safetyQuestion).to.equal('Are you safe right now?');
  });

  it('gentle checks and follow-ups in Spanish', () => {
    expect(gentleCheckReply(getCrisisPack('US'), 'medical-emergency', 'es').safetyQuestion).to.match(/respirar/);
    expect(safeFollowUpReply({}, 'es').body[0]).to.match(/a salvo/);
    expect(notSafeFollowUpReply({}, getCrisisPack('US'), 'es').body[0]).to.contain('llama al 911');
  });

  it('tells Spanish from English by the message alone', () => {
    expect(guessLanguage('mi esposo no respira')).to.equal('es');
    expect(guessLanguage('¿cuánto cuesta?')).to.equal('es');
    expect(guessLanguage('my husband is not breathing')).to.equal('en');
    expect(guessLanguage('')).to.equal('en');
    expect(guessLanguage(42)).to.equal('en');
  });

  it('the conversation marks a Spanish crisis card, and a saved one restores', () => {
    const chat = createConversation({ knowledge, config: { persistence: 'none' }, onIssue: () => undefined });
    chat.actor.send({ type: 'visitor.message', text: 'quiero morir' });
    const card = chat.actor.getSnapshot().context.transcript.find((i) => i.type === 'crisis');
    expect(card).to.include({ kind: 'suicide-self-harm', lang: 'es' });
    chat.actor.send({ type: 'visitor.message', text: 'I want to kill myself' });
    const cards = chat.actor.getSnapshot().context.transcript.filter((i) => i.type === 'crisis');
    expect(cards.at(-1)).not.to.have.property('lang');
    const context = chat.actor.getSnapshot().context;
    expect(isSavedConversation({ state: 'crisis', context })).to.equal(true);
    const badLang = { ...context, transcript: context.transcript.map((i) => (i.type === 'crisis' ? { ...i, lang: 'fr' } : i)) };
    expect(isSavedConversation({ state: 'crisis', context: badLang })).to.equal(false);
    chat.dispose();
  });
});
