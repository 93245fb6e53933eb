import { expect } from '@open-wc/testing';
import { CRISIS_KINDS } from '../../src/safety/crisis-kinds.js';
import { SLOTS } from '../../src/safety/crisis-lexicon.js';
import { compileTemplate, requiredSubstrings } from '../../src/safety/rule-pattern.js';
import { COMBO_RULES, CRISIS_RULES } from '../../src/safety/rules/index.js';

describe('crisis rule tables', () => {
  it('every rule compiles and never matches empty text', () => {
    for (const rule of CRISIS_RULES) {
      const re = compileTemplate(rule.pattern, SLOTS);
      expect(re.exec(''), rule.id).to.equal(null);
      for (const context of [rule.notWhen, rule.softenWhen]) {
        for (const template of [context?.after, context?.before, context?.near]) {
          if (template !== undefined) expect(() => compileTemplate(template, SLOTS), rule.id).not.to.throw();
        }
      }
    }
  });

  it('writes every gap as " ~ " or " ~N " between words (a stray "~" would match literally)', () => {
    for (const rule of CRISIS_RULES) {
      expect(compileTemplate(rule.pattern, SLOTS).source.includes('~'), rule.id).to.equal(false);
      for (const context of [rule.notWhen, rule.softenWhen]) {
        for (const template of [context?.after, context?.before, context?.near]) {
          if (template !== undefined) expect(compileTemplate(template, SLOTS).source.includes('~'), rule.id).to.equal(false);
        }
      }
    }
  });

  it('gives most rules a literal gate, so the detector can skip them cheaply', () => {
    const gated = CRISIS_RULES.filter((rule) => requiredSubstrings(rule.pattern, SLOTS) !== undefined);
    expect(gated.length / CRISIS_RULES.length).to.be.at.least(0.9);
  });

  it('has unique ids of the form area.name', () => {
    const ids = [...CRISIS_RULES, ...COMBO_RULES].map((r) => r.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id).to.match(/^[a-z]+\.[a-z0-9-]+$/);
  });

  it('has crisis rules for every kind', () => {
    for (const kind of CRISIS_KINDS) {
      expect(CRISIS_RULES.some((r) => r.kind === kind && r.level === 'crisis'), kind).to.equal(true);
    }
  });

  it('every label a combination needs is produced by some rule', () => {
    const produced = new Set<string>([
      ...CRISIS_KINDS,
      ...CRISIS_KINDS.map((k) => `mention:${k}`),
      ...CRISIS_RULES.flatMap((r) => r.tags ?? []),
    ]);
    for (const combo of COMBO_RULES) {
      for (const group of combo.needs) for (const label of group) expect(produced.has(label), `${combo.id}: ${label}`).to.equal(true);
    }
  });
});
