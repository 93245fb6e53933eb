import { expect } from '@open-wc/testing';
import { compileAnywhere, compileLeading, compileTemplate, compileTrailing } from '../../src/safety/rule-pattern.js';

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
