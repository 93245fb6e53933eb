import { expect } from '@open-wc/testing';
import {
  DEFAULT_STRINGS,
  MAX_STRING_LENGTH,
  disclosureText,
  fieldFallbackKey,
  format,
  resolveStrings,
} from '../../src/config/strings.js';
import { CENTER_FIELDS } from '../../src/knowledge/types.js';

describe('DEFAULT_STRINGS', () => {
  it('has fallback wording for every center field', () => {
    for (const field of CENTER_FIELDS) {
      expect(DEFAULT_STRINGS[fieldFallbackKey(field)], field).to.be.a('string').and.not.equal('');
    }
    expect(DEFAULT_STRINGS['fieldFallback.name']).to.equal('our center');
    expect(DEFAULT_STRINGS['fieldFallback.phone']).to.equal('the phone number on this page');
  });

  it('has the starter chips and the screening progress template', () => {
    expect([
      DEFAULT_STRINGS['chip.whatIsIop'],
      DEFAULT_STRINGS['chip.isItRight'],
      DEFAULT_STRINGS['chip.selfCheck'],
      DEFAULT_STRINGS['chip.talkToSomeone'],
    ]).to.deep.equal(['What is IOP?', 'Is it right for me?', 'Take a 2-minute self-check', 'Talk to someone']);
    expect(format(DEFAULT_STRINGS['screening.progress'], { n: 2, total: 7 })).to.equal('Question 2 of about 7');
  });

  it('contains no markup', () => {
    for (const [key, value] of Object.entries(DEFAULT_STRINGS)) expect(value, key).not.to.match(/[<>]/);
  });
});

describe('disclosureText', () => {
  it('names the center and gives the emergency advice for the crisis country', () => {
    expect(disclosureText(DEFAULT_STRINGS, 'Riverside', 'US')).to.equal(
      "I'm an automated assistant for Riverside, not a clinician. I can answer common questions about our intensive outpatient program. I'm not for emergencies: if you are in danger, call 911 or call or text 988.",
    );
    expect(disclosureText(DEFAULT_STRINGS, undefined, 'US')).to.contain('assistant for our center,');
    expect(disclosureText(DEFAULT_STRINGS, 'Riverside', 'UK')).to.contain('call 999');
    expect(disclosureText(DEFAULT_STRINGS, 'Riverside', 'AU')).to.contain('call 000');
  });
});

describe('resolveStrings', () => {
  it('returns the defaults for nothing', () => {
    for (const input of [undefined, null, {}]) {
      const { strings, issues } = resolveStrings(input);
      expect(strings).to.deep.equal(DEFAULT_STRINGS);
      expect(issues).to.deep.equal([]);
    }
  });

  it('applies overrides, cleaned', () => {
    const { strings, issues } = resolveStrings({ 'launcher.label': '  Talk\u0000 to us\u202e ', 'panel.title': 'Line one\nLine two' });
    expect(issues).to.deep.equal([]);
    expect(strings['launcher.label']).to.equal('Talk to us');
    expect(strings['panel.title']).to.equal('Line one\nLine two');
    expect(strings['composer.send']).to.equal('Send');
    expect(Object.isFrozen(strings)).to.equal(true);
  });

  it('warns about unknown keys (with a suggestion) and non-text values, keeping defaults', () => {
    const { strings, issues } = resolveStrings({ 'launcher.lable': 'x', 'composer.send': 5, 'panel.title': '   ' });
    expect(issues.map((i) => i.field)).to.deep.equal(['strings.launcher.lable', 'strings.composer.send', 'strings.panel.title']);
    expect(issues[0]!.message).to.contain('did you mean strings.launcher.label?');
    expect(issues.every((i) => i.severity === 'warning')).to.equal(true);
    expect(strings['launcher.label']).to.equal('Chat with us');
    expect(strings['composer.send']).to.equal('Send');
    expect(strings['panel.title']).to.equal(DEFAULT_STRINGS['panel.title']);
  });

  it('caps very long overrides', () => {
    const { strings, issues } = resolveStrings({ 'panel.title': 'x'.repeat(1024 * 1024) });
    expect(strings['panel.title'].length).to.equal(MAX_STRING_LENGTH);
    expect(issues.map((i) => i.field)).to.deep.equal(['strings.panel.title']);
  });

  it('cannot remove or change the emergency advice', () => {
    const { strings, issues } = resolveStrings({
      disclosure: "I'm a bot for {centerName}.",
      'disclosure.emergency.US': 'email us',
    });
    expect(strings.disclosure).to.equal(DEFAULT_STRINGS.disclosure);
    expect(strings['disclosure.emergency.US']).to.equal(DEFAULT_STRINGS['disclosure.emergency.US']);
    expect(issues.map((i) => [i.field, i.severity])).to.deep.equal([
      ['strings.disclosure', 'error'],
      ['strings.disclosure.emergency.US', 'warning'],
    ]);
    const kept = resolveStrings({ disclosure: 'Automated helper for {centerName}. In danger? {emergencyAdvice}.' });
    expect(kept.issues).to.deep.equal([]);
    expect(disclosureText(kept.strings, 'Riverside', 'CA')).to.equal(
      'Automated helper for Riverside. In danger? call 911 or call or text 988.',
    );
  });

  it('warns about placeholders that will never be filled', () => {
    const { strings, issues } = resolveStrings({ 'composer.send': 'Send to {centerName}' });
    expect(strings['composer.send']).to.equal('Send to {centerName}');
    expect(issues.map((i) => i.field)).to.deep.equal(['strings.composer.send']);
  });

  it('refuses non-objects and ignores __proto__ keys without polluting', () => {
    expect(resolveStrings('Chat').issues.map((i) => i.field)).to.deep.equal(['strings']);
    expect(resolveStrings(['a']).issues.map((i) => i.field)).to.deep.equal(['strings']);
    const { strings, issues } = resolveStrings(JSON.parse('{"__proto__": {"launcher.label": "x"}, "constructor": "y"}'));
    expect(strings['launcher.label']).to.equal('Chat with us');
    expect(({} as Record<string, unknown>)['launcher.label']).to.equal(undefined);
    expect(issues.map((i) => i.field)).to.deep.equal(['strings.__proto__', 'strings.constructor']);
  });
});

describe('format', () => {
  it('fills placeholders once, leaves unknown ones, and ignores inherited names', () => {
    expect(format('Hi {name}, call {phone}.', { name: 'Sam', phone: '555-0100' })).to.equal('Hi Sam, call 555-0100.');
    expect(format('Hi {name}', { name: '{phone}', phone: 'x' })).to.equal('Hi {phone}');
    expect(format('Hi {name} {missing}', { name: 'Sam' })).to.equal('Hi Sam {missing}');
    expect(format('{constructor}{toString}', {})).to.equal('{constructor}{toString}');
  });
});
