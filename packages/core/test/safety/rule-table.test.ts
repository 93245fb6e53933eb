import { expect } from '@open-wc/testing';
import { NEGATORS, SLOTS } from '../../src/safety/crisis-lexicon.js';
import type { ComboRule, CrisisRule } from '../../src/safety/crisis-rule.js';
import { COMBO_TABLE, RULE_TABLE } from '../../src/safety/generated/rule-table.js';
import { compileAnywhere, expand, requiredSubstrings } from '../../src/safety/rule-pattern.js';
import { canonicalRule, decodeComboTable, decodeRuleTable, encodeRuleTable } from '../../src/safety/rule-table.js';
import { COMBO_RULES, CRISIS_RULES } from '../../src/safety/rules/index.js';
import { prepareMessage } from '../../src/safety/crisis-context.js';
import { generatedMessages, TEST_MESSAGES } from './crisis-corpus.js';

const STALE = 'the generated rule table is not the one the rule files make: run `npm run build`';

describe('compiled rule table', () => {
  it('is the one the current rule files make', () => {
    const fresh = encodeRuleTable(CRISIS_RULES, COMBO_RULES, SLOTS);
    expect(RULE_TABLE === fresh.rules, STALE).to.equal(true);
    expect(COMBO_TABLE === fresh.combos, STALE).to.equal(true);
  });

  it('gives back every rule exactly as the rule files hold it, in order', () => {
    const decoded = decodeRuleTable(RULE_TABLE).map((entry) => entry.rule);
    expect(decoded.length).to.equal(CRISIS_RULES.length);
    CRISIS_RULES.forEach((rule, i) => {
      expect(decoded[i], rule.id).to.deep.equal(canonicalRule(rule));
    });
    const combos = decodeComboTable(COMBO_TABLE);
    const canonicalCombo = ({ immediate, ...rest }: ComboRule): ComboRule => (immediate === true ? { ...rest, immediate } : rest);
    expect(combos).to.deep.equal(COMBO_RULES.map(canonicalCombo));
  });

  it("records the negators each rule's own template spells out", () => {
    const decoded = decodeRuleTable(RULE_TABLE);
    CRISIS_RULES.forEach((rule, i) => {
      const own = [...NEGATORS].filter((word) => new RegExp(`\\b${word}\\b`).test(rule.pattern));
      expect(decoded[i]?.ownNegators, rule.id).to.deep.equal(own);
    });
  });

  it('gates every rule, and a gate never hides a match (test messages and 5,000 generated ones)', () => {
    const texts = [...TEST_MESSAGES, ...generatedMessages(5000, 7)].map((m) => prepareMessage(m).text);
    const slot = (piece: string): RegExp | undefined =>
      /^\{\w+\}$/.test(piece) ? new RegExp(expand(piece, SLOTS)) : undefined;
    let checked = 0;
    decodeRuleTable(RULE_TABLE).forEach(({ rule, gate }) => {
      expect(gate, rule.id).not.to.equal(undefined);
      const pieces = (gate ?? []).map((piece) => ({ piece, re: slot(piece) }));
      const oldLiterals = requiredSubstrings(rule.pattern, SLOTS) ?? [];
      const re = compileAnywhere(rule.pattern, SLOTS);
      for (const text of texts) {
        const passes = pieces.some(({ piece, re: s }) => (s === undefined ? text.includes(piece) : s.test(text)));
        if (re.test(text)) {
          checked++;
          expect(passes, `${rule.id}: ${text}`).to.equal(true);
        }
        // Never looser than the literal gate it replaces: only slots may be tighter.
        if (passes) expect(oldLiterals.some((s) => text.includes(s)), `${rule.id}: ${text}`).to.equal(true);
      }
    });
    expect(checked).to.be.greaterThan(1000);
  });

  it('refuses to write what it cannot read back', () => {
    const rule: CrisisRule = { id: 'test.rule', kind: 'suicide-self-harm', level: 'crisis', pattern: 'want to die' };
    expect(() => encodeRuleTable([{ ...rule, pattern: 'want; to die' }], [], SLOTS)).to.throw(/test\.rule/);
    expect(() => encodeRuleTable([{ ...rule, notWhen: { near: '' } }], [], SLOTS)).to.throw(/empty template/);
    expect(() => encodeRuleTable([{ ...rule, pattern: '{nope} die' }], [], SLOTS)).to.throw(/unknown slot/);
    expect(() => encodeRuleTable([{ ...rule, notWhen: { after: '{nope}' } }], [], SLOTS)).to.throw(/unknown slot/);
    expect(() => encodeRuleTable([{ ...rule, tags: ['a,b'] }], [], SLOTS)).to.throw(/test\.rule/);
    const unknown = { ...rule, subject: 'other' } as unknown as CrisisRule;
    expect(() => encodeRuleTable([unknown], [], SLOTS)).to.throw(/subject/);
    const written = encodeRuleTable([{ ...rule, subject: 'auto', immediate: false, negatable: false }], [], SLOTS);
    expect(decodeRuleTable(written.rules)[0]?.rule).to.deep.equal({ ...rule, negatable: false });
  });
});
