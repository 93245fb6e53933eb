/**
 * Differential test: the detector that ships (rules read from the compiled table, gates worked out
 * at build time, expressions compiled on first use) against one built straight from the rule files
 * the way the detector used to build itself (each rule's literal gate read from its template when
 * loaded, its negators found by searching the template). Every test message and 30,000 generated
 * ones must get the same answer, field for field: crisis, kind, kinds, immediate, someoneElse,
 * gentleCheck and signals.
 */
import { expect } from '@open-wc/testing';
import { createCrisisDetector, detectCrisisByRules } from '../../src/safety/crisis-detector.js';
import { NEGATORS, SLOTS } from '../../src/safety/crisis-lexicon.js';
import { requiredSubstrings } from '../../src/safety/rule-pattern.js';
import { COMBO_RULES, CRISIS_RULES } from '../../src/safety/rules/index.js';
import { generatedMessages, TEST_MESSAGES } from './crisis-corpus.js';

const fromRuleFiles = createCrisisDetector(
  CRISIS_RULES.map((rule) => ({
    rule,
    gate: requiredSubstrings(rule.pattern, SLOTS),
    ownNegators: [...NEGATORS].filter((word) => new RegExp(`\\b${word}\\b`).test(rule.pattern)),
  })),
  COMBO_RULES,
);

function compare(messages: readonly string[]): { crises: number; gentle: number } {
  let crises = 0;
  let gentle = 0;
  for (const message of messages) {
    const shipped = detectCrisisByRules(message);
    expect(shipped, message).to.deep.equal(fromRuleFiles(message));
    if (shipped.crisis) crises++;
    if (shipped.gentleCheck) gentle++;
  }
  return { crises, gentle };
}

describe('crisis detector: compiled table against the rule files', () => {
  it('agrees on every hand-written test message', () => {
    const { crises, gentle } = compare(TEST_MESSAGES);
    expect(TEST_MESSAGES.length).to.be.greaterThan(1000);
    expect(crises).to.be.greaterThan(500);
    expect(gentle).to.be.greaterThan(20);
  });

  const BATCH = 5000;
  const generated = generatedMessages(30_000);
  for (let start = 0; start < generated.length; start += BATCH) {
    it(`agrees on generated messages ${start + 1}-${start + BATCH}`, function () {
      this.timeout(60_000);
      const { crises } = compare(generated.slice(start, start + BATCH));
      // The corpus reaches the rules: a good share of it is a crisis, most of it is not.
      expect(crises).to.be.greaterThan(BATCH / 20);
      expect(crises).to.be.lessThan(BATCH * 0.9);
    });
  }

  it('agrees on odd input', () => {
    const odd = ['', ' ', '|', ' | ', '...', '?', 'a'.repeat(5000), 'kill myself '.repeat(300), 'I'.repeat(200_000), '\u0000\u200b', '💀💀 kms 💀'];
    compare(odd);
  });
});
