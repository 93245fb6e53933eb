import { expect } from '@open-wc/testing';
import { SLOTS as LEXICON } from '../../src/safety/crisis-lexicon.js';
import {
  compileAnywhere,
  compileLeading,
  compileTemplate,
  compileTrailing,
  requiredSubstrings,
} from '../../src/safety/rule-pattern.js';
import { prepareMessage } from '../../src/safety/crisis-context.js';
import { CRISIS_RULES } from '../../src/safety/rules/index.js';
import { CALM, CRISES } from './crisis-cases.js';
import { FRESH_CALM, FRESH_CRISES } from './crisis-cases-fresh.js';

const SLOTS = { me: 'myself|my self', kill: 'kill|kil' };

describe('rule templates', () => {
  it('expands slots and matches whole words only', () => {
    const re = compileTemplate('{kill} {me}', SLOTS);
    expect(re.test('i want to kil myself')).to.equal(true);
    re.lastIndex = 0;
    expect(re.test('skill myselfie')).to.equal(false);
  });

  it('allows up to N words for ~N and none across a sentence break', () => {
    const re = compileAnywhere('took ~2 pills', SLOTS);
    expect(re.test('took pills')).to.equal(true);
    expect(re.test('took way too many pills')).to.equal(false);
    expect(re.test('took too many pills')).to.equal(true);
    expect(re.test('took | pills')).to.equal(false);
    expect(compileAnywhere('a ~ b', SLOTS).test('a x y z b')).to.equal(true);
    expect(compileAnywhere('a ~ b', SLOTS).test('a w x y z b')).to.equal(false);
  });

  it('anchors leading and trailing context', () => {
    expect(compileLeading('off|out', SLOTS).test('off from friends')).to.equal(true);
    expect(compileLeading('off|out', SLOTS).test('then off')).to.equal(false);
    expect(compileTrailing('gave me', SLOTS).test('it nearly gave me')).to.equal(true);
    expect(compileTrailing('gave me', SLOTS).test('gave me a')).to.equal(false);
  });

  it('throws on an unknown slot so a broken rule fails at load time', () => {
    expect(() => compileTemplate('{nope} me', SLOTS)).to.throw(/unknown slot/);
  });
});

describe('requiredSubstrings', () => {
  it('finds the literals every match must contain', () => {
    expect(requiredSubstrings('{kill} {me}', SLOTS)).to.deep.equal(['myself', 'my self']);
    expect(requiredSubstrings('took ~2 too many pills?', SLOTS)).to.deep.equal(['too many pill']);
    expect(requiredSubstrings('noose|(have|got) (a |the )?rope', SLOTS)).to.deep.equal(['noose', 'rope']);
  });

  it('skips optional, repeated and zero-width parts', () => {
    expect(requiredSubstrings('(very )?sad', SLOTS)).to.deep.equal(['sad']);
    expect(requiredSubstrings('(?<=^|[|] )go(?= now)', SLOTS)).to.deep.equal(['go']);
    expect(requiredSubstrings('ab+c', SLOTS)).to.deep.equal(['ab']);
  });

  it('gives up when a branch has no literal', () => {
    expect(requiredSubstrings('kill|[0-9]+', SLOTS)).to.equal(undefined);
    expect(requiredSubstrings('(a|b)?', SLOTS)).to.equal(undefined);
  });

  it('never hides a match of any crisis rule on any test message (the gate is sound)', () => {
    const texts = [...CRISES, ...CALM, ...FRESH_CRISES, ...FRESH_CALM].map((c) => prepareMessage(c.m).text);
    for (const rule of CRISIS_RULES) {
      const gate = requiredSubstrings(rule.pattern, LEXICON);
      if (gate === undefined) continue;
      const re = compileAnywhere(rule.pattern, LEXICON);
      for (const text of texts) {
        if (re.test(text)) expect(gate.some((s) => text.includes(s)), `${rule.id}: ${text}`).to.equal(true);
      }
    }
  });
});
