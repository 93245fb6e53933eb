/**
 * The compact form of the crisis rules that ships to browsers: the writer (run at build time) and
 * the reader (run by the detector).
 *
 * The rule files in `rules/` are written for people: one object per rule, every property named.
 * `npm run build` (through `scripts/compile-crisis-rules.mjs`) writes them into
 * `generated/rule-table.ts` as one line per rule, fields separated by ";", with what the detector
 * would otherwise work out on a visitor's first message worked out already: each rule's gate (what
 * every match contains, see `requiredGate`) and the negators its own template spells out.
 * `decodeRuleTable` gives back exactly the rules the files hold; the tests check that, and that the
 * table is the one the current rule files make.
 *
 * A rule line: `id;KL<flags>;pattern;gate;own negators;tags;notWhen after;before;near;softenWhen
 * after;before;near` (empty trailing fields left out), where K is the kind's index in
 * `CRISIS_KINDS`, L the level's in `LEVELS`, each flag one letter of `FLAGS`, and the gate its
 * literal strings and `{slot}`s joined by "|".
 * A combination line: `id;K<i when immediate>;label,label|label,...` (one group per "|").
 */
import { CRISIS_KINDS, type CrisisKind } from './crisis-kinds.js';
import { NEGATORS } from './crisis-lexicon.js';
import type { ComboRule, CrisisRule, RuleContext, RuleLevel } from './crisis-rule.js';
import { compileTemplate, requiredGate } from './rule-pattern.js';

/** One rule as the detector needs it. */
export interface TableRule {
  readonly rule: CrisisRule;
  /**
   * Literal strings and `{slot}`s: every match contains one of the strings or a match of one of
   * the slots, so where none is found the rule need not run. Absent when nothing is certain.
   */
  readonly gate: readonly string[] | undefined;
  /** Negators the template itself spells out ("never wake up"): not a negation of the match. */
  readonly ownNegators: readonly string[];
}

const LEVELS: readonly RuleLevel[] = ['crisis', 'gentle', 'cue'];

/** Flag letters and the rule property each one stands for. */
const FLAGS = {
  s: ['subject', 'self'],
  S: ['victim', 'speaker'],
  O: ['victim', 'other'],
  i: ['immediate', true],
  n: ['negatable', false],
  f: ['notForSelf', true],
  o: ['onlyForSelf', true],
  p: ['needsPerson', true],
  t: ['topical', true],
  h: ['pastIsHistory', true],
  a: ['anxietySensitive', true],
} as const satisfies Record<string, readonly [keyof CrisisRule, string | boolean]>;

/** The values a rule may spell out that mean the same as leaving the property out. */
const DEFAULTS: Partial<Record<keyof CrisisRule, unknown>> = {
  subject: 'auto',
  victim: 'subject',
  immediate: false,
  negatable: true,
  notForSelf: false,
  onlyForSelf: false,
  needsPerson: false,
  topical: false,
  pastIsHistory: false,
  anxietySensitive: false,
};

const CONTEXT_PARTS = ['after', 'before', 'near'] as const;

/** The properties written as fields of their own (the rest are flags). */
const WRITTEN: ReadonlySet<string> = new Set(['id', 'kind', 'level', 'pattern', 'notWhen', 'softenWhen', 'tags']);

/** A rule file's rule in the form `decodeRuleTable` returns it: default values left out. */
export function canonicalRule(rule: CrisisRule): CrisisRule {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rule)) {
    if (value !== undefined && DEFAULTS[key as keyof CrisisRule] !== value) out[key] = value;
  }
  return out as unknown as CrisisRule;
}

/** Build time: the rule and combination tables as the text `decodeRuleTable` reads. */
export function encodeRuleTable(
  rules: readonly CrisisRule[],
  combos: readonly ComboRule[],
  slots: Readonly<Record<string, string>>,
): { rules: string; combos: string } {
  const ruleLines = rules.map((rule) => {
    for (const [key, value] of Object.entries(canonicalRule(rule))) {
      const flag = Object.values(FLAGS).some(([k, v]) => k === key && v === value);
      if (!flag && !WRITTEN.has(key)) throw new Error(`crisis rule ${rule.id}: ${key}: ${String(value)} cannot be written in the rule table`);
    }
    // A template that does not compile fails the build, not a visitor's message.
    for (const template of [rule.pattern, ...CONTEXT_PARTS.flatMap((p) => [rule.notWhen?.[p], rule.softenWhen?.[p]])]) {
      if (template !== undefined) compileTemplate(template, slots);
    }
    const gate = requiredGate(rule.pattern, slots) ?? [];
    let flags = '';
    for (const [letter, [key, value]] of Object.entries(FLAGS)) if (rule[key] === value) flags += letter;
    const context = (c: RuleContext | undefined): string[] => CONTEXT_PARTS.map((part) => nonEmpty(c?.[part], rule.id));
    const fields = [
      rule.id,
      `${kindIndex(rule.kind)}${LEVELS.indexOf(rule.level)}${flags}`,
      nonEmpty(rule.pattern, rule.id),
      gate.map((piece) => checked(piece, /^[^|]+$/, rule.id)).join('|'),
      [...NEGATORS].filter((word) => new RegExp(`\\b${word}\\b`).test(rule.pattern)).join(' '),
      (rule.tags ?? []).map((tag) => checked(tag, /^[^,]+$/, rule.id)).join(','),
      ...context(rule.notWhen),
      ...context(rule.softenWhen),
    ];
    return line(fields, rule.id);
  });
  const comboLines = combos.map((combo) =>
    line(
      [
        combo.id,
        `${kindIndex(combo.kind)}${combo.immediate === true ? 'i' : ''}`,
        combo.needs.map((group) => group.map((label) => checked(label, /^[^,|]+$/, combo.id)).join(',')).join('|'),
      ],
      combo.id,
    ),
  );
  return { rules: ruleLines.join('\n'), combos: comboLines.join('\n') };
}

function kindIndex(kind: CrisisKind): number {
  const index = CRISIS_KINDS.indexOf(kind);
  if (index < 0) throw new Error(`crisis rule table: unknown kind ${kind}`);
  return index;
}

function nonEmpty(template: string | undefined, id: string): string {
  if (template === '') throw new Error(`crisis rule ${id}: an empty template matches everywhere; leave it out`);
  return template ?? '';
}

function checked(value: string, allowed: RegExp, id: string): string {
  if (!allowed.test(value)) throw new Error(`crisis rule ${id}: "${value}" cannot be written in the rule table`);
  return value;
}

/** Fields joined by ";"; nothing in them may break the line or the generated template literal. */
function line(fields: readonly string[], id: string): string {
  for (const field of fields) checked(field, /^[^;\n\r`\\]*$/, id);
  const text = fields.join(';').replace(/;+$/, '');
  if (text.includes('${')) throw new Error(`crisis rule ${id}: "\${" cannot be written in the rule table`);
  return text;
}

/** The rules in a table written by `encodeRuleTable`, in order. */
export function decodeRuleTable(table: string): TableRule[] {
  return table.split('\n').map((text) => {
    const [id = '', code = '', pattern = '', gate = '', negators = '', tags = '', ...contexts] = text.split(';');
    const rule: Record<string, unknown> = {
      id,
      kind: CRISIS_KINDS[Number(code[0])],
      level: LEVELS[Number(code[1])],
      pattern,
    };
    for (const letter of code.slice(2)) {
      const [key, value] = FLAGS[letter as keyof typeof FLAGS];
      rule[key] = value;
    }
    const notWhen = contextOf(contexts.slice(0, 3));
    const softenWhen = contextOf(contexts.slice(3));
    if (notWhen !== undefined) rule.notWhen = notWhen;
    if (softenWhen !== undefined) rule.softenWhen = softenWhen;
    if (tags !== '') rule.tags = tags.split(',');
    return {
      rule: rule as unknown as CrisisRule,
      gate: gate === '' ? undefined : gate.split('|'),
      ownNegators: negators === '' ? [] : negators.split(' '),
    };
  });
}

function contextOf(parts: readonly string[]): RuleContext | undefined {
  const context: Record<string, string> = {};
  CONTEXT_PARTS.forEach((part, i) => {
    const template = parts[i];
    if (template !== undefined && template !== '') context[part] = template;
  });
  return Object.keys(context).length === 0 ? undefined : context;
}

/** The combinations in a table written by `encodeRuleTable`, in order. */
export function decodeComboTable(table: string): ComboRule[] {
  return table.split('\n').map((text) => {
    const [id = '', code = '', needs = ''] = text.split(';');
    return {
      id,
      kind: CRISIS_KINDS[Number(code[0])] as CrisisKind,
      ...(code.includes('i') ? { immediate: true } : {}),
      needs: needs.split('|').map((group) => group.split(',')),
    };
  });
}
