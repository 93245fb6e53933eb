/**
 * The crisis detector: reads every visitor message before anything else and says whether to
 * take over with crisis resources, for which kind of crisis, and how urgently.
 *
 * It interprets the rule tables in `rules/` (as the build compiles them into
 * `generated/rule-table.ts`, see `rule-table.ts`) over normalised, spell-repaired text and weighs each
 * match against its context (subject, negation, history, questions, figures of speech; see
 * `crisis-context.ts`). Deterministic, no network, no exceptions: any input gives an answer.
 * When in doubt between a crisis and a false alarm it chooses the crisis.
 */
import { type CrisisKind, KIND_URGENCY } from './crisis-kinds.js';
import { ANXIETY, SLOTS } from './crisis-lexicon.js';
import type { ComboRule, CrisisRule, RuleContext } from './crisis-rule.js';
import {
  findSubject,
  isHistory,
  isHypotheticalAboutOthers,
  isHypotheticalAboutSelf,
  isNegated,
  isReportedAfterWorry,
  prepareMessage,
  segmentAt,
  type PreparedText,
  type Subject,
} from './crisis-context.js';
import { COMBO_TABLE, RULE_TABLE } from './generated/rule-table.js';
import { compileAnywhere, compileLeading, compileTemplate, compileTrailing, expand } from './rule-pattern.js';
import { decodeComboTable, decodeRuleTable, type TableRule } from './rule-table.js';
import { createSafetyModel, type SafetyModelData, type SafetyScore } from './model/safety-model.js';
import { SAFETY_MODEL_DATA } from './model/safety-model-data.js';

/** What a message needs: the crisis card now, a gentle safety check beside the answer, or nothing. */
export type SafetyTier = 'crisis' | 'check' | 'none';

export interface CrisisDetection {
  /** True: take over with crisis resources. */
  readonly crisis: boolean;
  /** `crisis` when `crisis` is true; `check` when `gentleCheck` is; `none` otherwise. */
  readonly safety: SafetyTier;
  /** The kind a check is about (absent unless `safety` is `check` and a kind is likely). */
  readonly checkKind?: CrisisKind;
  /** The most urgent kind that fired (absent when `crisis` is false). */
  readonly kind?: CrisisKind;
  /** Every kind that fired, most urgent first. */
  readonly kinds: CrisisKind[];
  /** Physical danger now: the emergency number goes first. */
  readonly immediate: boolean;
  /** The person in danger is someone else (a friend who will not wake up). */
  readonly someoneElse: boolean;
  /** Not a crisis, but worth a gentle check (a past attempt, low mood, a question on the topic). */
  readonly gentleCheck: boolean;
  /** Ids of the rules that fired, with `:<reason>` when context softened or cancelled one. */
  readonly signals: string[];
}

/** Whose safety a hit is about. */
type About = 'self' | 'other' | 'unknown';

interface Hit {
  readonly id: string;
  readonly kind: CrisisKind;
  readonly level: 'crisis' | 'gentle' | 'cue' | 'none';
  readonly immediate: boolean;
  readonly about: About;
  readonly labels: readonly string[];
  /** Why context changed the rule's own level (history, negated, question...). */
  readonly reason?: string;
}

interface CompiledContext {
  readonly after?: RegExp;
  readonly before?: RegExp;
  readonly near?: RegExp;
}

interface CompiledRule {
  readonly rule: CrisisRule;
  readonly pattern: RegExp;
  /** Negators the template itself spells out ("never wake up"): not a negation of the match. */
  readonly ownNegators: ReadonlySet<string>;
  readonly notWhen: CompiledContext;
  readonly softenWhen: CompiledContext;
}

/**
 * A rule as the detector holds it: its gate ready, its expressions compiled the first time the
 * gate lets a message through (most rules never see most messages).
 */
interface GatedRule {
  readonly entry: TableRule;
  /** Without one of these strings in the text, nor a match of one of `gateSlots`, the rule cannot match. */
  readonly gateLiterals: readonly string[];
  readonly gateSlots: readonly string[];
  /** Whether the rule can match anywhere without a gate. */
  readonly ungated: boolean;
  compiled?: CompiledRule;
}

/** Matches weighed per rule; enough for any real message, a bound for pathological input. */
const MAX_HITS_PER_RULE = 64;
/** Words that can open a sentence whose "i" was left out ("and now shaking so bad"). */
const PRO_DROP_LEAD: ReadonlySet<string> = new Set([
  'and', 'so', 'now', 'still', 'just', 'been', 'keep', 'keeps', 'kept', 'started', 'also', 'but',
  'then', 'really', 'literally', 'like', 'ok', 'omg', 'help', 'please', 'pls', 'honestly', 'lol',
  'tbh', 'gonna', 'going', 'bout', 'about', 'hey', 'hi', 'seriously', 'im',
]);
const MEDICAL_KINDS: ReadonlySet<CrisisKind> = new Set(['medical-emergency', 'overdose-poisoning']);
/**
 * A question about people in general that the visitor then says is about them: "do you take
 * people who are suicidal right now because i am", "...like me".
 */
const SELF_INCLUDED = /(?:^| )(?:because|cause|since|as|and|which|like) (?:i am|i am too|me|myself|i do|i have)(?: too| now| right now| rn| currently| at the moment)?(?: [|]|$)/;
/** Told as history, a past crisis of these kinds still deserves a gentle check. */
const HISTORY_IS_GENTLE: ReadonlySet<CrisisKind> = new Set(['suicide-self-harm', 'violence-abuse']);

function compileContext(context: RuleContext | undefined): CompiledContext {
  return {
    ...(context?.after === undefined ? {} : { after: compileLeading(context.after, SLOTS) }),
    ...(context?.before === undefined ? {} : { before: compileTrailing(context.before, SLOTS) }),
    ...(context?.near === undefined ? {} : { near: compileAnywhere(context.near, SLOTS) }),
  };
}

function compileRule({ rule, ownNegators }: TableRule): CompiledRule {
  return {
    rule,
    pattern: compileTemplate(rule.pattern, SLOTS),
    ownNegators: new Set(ownNegators),
    notWhen: compileContext(rule.notWhen),
    softenWhen: compileContext(rule.softenWhen),
  };
}

function gatedRule(entry: TableRule): GatedRule {
  const gate = entry.gate ?? [];
  const slot = (piece: string): boolean => piece.startsWith('{') && piece.endsWith('}');
  return {
    entry,
    gateLiterals: gate.filter((piece) => !slot(piece)),
    gateSlots: gate.filter(slot).map((piece) => piece.slice(1, -1)),
    ungated: gate.length === 0,
  };
}

/** Each slot as an unanchored expression, compiled when a gate first asks for it. */
const SLOT_EXPRESSIONS = new Map<string, RegExp>();

/** Whether the slot `name` matches anywhere in `text`. */
function slotMatches(name: string, text: string): boolean {
  let expression = SLOT_EXPRESSIONS.get(name);
  if (expression === undefined) {
    expression = new RegExp(expand(`{${name}}`, SLOTS));
    SLOT_EXPRESSIONS.set(name, expression);
  }
  return expression.test(text);
}

/** Any sign of drinking or drug use in the message: "can not breathe" then is not just panic. */
const SUBSTANCE_HINT = compileAnywhere(
  '{subst}|relapsed|relapse|using|used|high|drunk|drinking|drank|detox[a-z]*|withdraw[a-z]*|overdos[a-z]*|snort[a-z]*|inject[a-z]*|shot up|smoked|sober|clean',
  SLOTS,
);

function contextMatches(context: CompiledContext, before: string, after: string, sentence: string): boolean {
  return (
    (context.after?.test(after) ?? false) ||
    (context.before?.test(before) ?? false) ||
    (context.near?.test(sentence) ?? false)
  );
}

function aboutOf(rule: CrisisRule, subject: Subject): About {
  if (rule.victim === 'speaker') return 'self';
  if (rule.victim === 'other') return 'other';
  if (subject === 'self') return 'self';
  if (subject === 'other' || subject === 'indefinite') return 'other';
  return 'unknown';
}

/** Weighs one match of `rule` against its sentence. */
function judge(
  compiled: CompiledRule,
  prepared: PreparedText,
  index: number,
  matched: string,
  substanceInMessage: () => boolean,
): Hit | undefined {
  const { rule } = compiled;
  const segment = segmentAt(prepared.segments, index);
  if (segment === undefined) return undefined;
  const { text } = prepared;
  const sentence = text.slice(segment.start, segment.end);
  const beforeText = text.slice(segment.start, index).trimEnd();
  const afterText = text.slice(index + matched.length, segment.end).trimStart();
  const before = beforeText.length === 0 ? [] : beforeText.split(' ');
  const phrase = matched.split(' ');
  const base = { id: rule.id, kind: rule.kind, immediate: rule.immediate === true };
  const none = (reason: string): Hit => ({ ...base, level: 'none', about: 'unknown', labels: [], reason });

  if (contextMatches(compiled.notWhen, beforeText, afterText, sentence)) return none('excluded');
  if (rule.negatable !== false && isNegated(before, phrase, compiled.ownNegators)) return none('negated');

  const subject: Subject =
    rule.subject === 'self' ? 'self' : findSubject([...before, ...phrase.slice(0, -1)], before.length);
  if (rule.notForSelf === true && subject === 'self') return undefined;
  // "gonna kill him", "been shaking all day": the visitor left out the "i".
  const impliedSelf = subject === 'unknown' && before.length <= 3 && before.every((w) => PRO_DROP_LEAD.has(w));
  if (rule.onlyForSelf === true && subject !== 'self' && subject !== 'generic' && !impliedSelf) return undefined;
  if (rule.needsPerson === true && subject !== 'self' && subject !== 'other' && !impliedSelf) return undefined;
  const about = aboutOf(rule, subject);
  // Only a crisis rule speaks for its kind; cues and gentle rules lend their tags alone.
  const labels = rule.level === 'crisis' ? [rule.kind, ...(rule.tags ?? [])] : [...(rule.tags ?? [])];
  const soft = (reason: string): Hit => {
    if (rule.level === 'cue') return none(reason);
    return { ...base, level: 'gentle', immediate: false, about, labels: [], reason };
  };

  const tokens = sentence.split(' ');
  if (isHistory(tokens, before.length, before.length + phrase.length, rule.pastIsHistory === true, segment.commas)) {
    return HISTORY_IS_GENTLE.has(rule.kind) ? soft('history') : none('history');
  }
  if (subject === 'generic' && !SELF_INCLUDED.test(afterText)) return soft('generic');

  // A what-if is a worry, not an event: "what if someone overdoses", "how do i know if my friend
  // is suicidal", "what if i have a seizure". A first-person what-if about suicide still counts.
  const medical = MEDICAL_KINDS.has(rule.kind);
  const whatIfAboutOthers = subject !== 'self' && (medical || (subject !== 'unknown' && rule.victim !== 'speaker'));
  // ...unless the clause after the worry reports what happened: "afraid he will overdose, he took a bottle".
  if (
    whatIfAboutOthers &&
    isHypotheticalAboutOthers(beforeText) &&
    !isReportedAfterWorry(tokens, before.length, before.length + phrase.length, segment.commas)
  ) {
    return soft('hypothetical');
  }
  if (medical && subject === 'self' && isHypotheticalAboutSelf(beforeText)) return soft('hypothetical');

  // A question about a topic with no one named: "can withdrawal cause seizures?"

  const asked = (segment.opener && before.length > 0) || (segment.questionMark && rule.topical === true);
  if (asked && (subject === 'indefinite' || (subject === 'unknown' && (rule.topical === true || medical)))) {
    return soft('question');
  }
  if (rule.anxietySensitive === true && ANXIETY.test(sentence) && !substanceInMessage()) return soft('anxiety');
  if (contextMatches(compiled.softenWhen, beforeText, afterText, sentence)) return soft('softened');

  return { ...base, level: rule.level, about, labels };
}

function runRules(rules: readonly GatedRule[], prepared: PreparedText): Hit[] {
  const hits: Hit[] = [];
  const { text } = prepared;
  let substance: boolean | undefined;
  const substanceInMessage = (): boolean => (substance ??= SUBSTANCE_HINT.test(text));
  const slotsSeen = new Map<string, boolean>();
  const slotSeen = (name: string): boolean => {
    let seen = slotsSeen.get(name);
    if (seen === undefined) slotsSeen.set(name, (seen = slotMatches(name, text)));
    return seen;
  };
  for (const gated of rules) {
    if (!gated.ungated && !gated.gateLiterals.some((s) => text.includes(s)) && !gated.gateSlots.some(slotSeen)) continue;
    const compiled = (gated.compiled ??= compileRule(gated.entry));
    const { pattern } = compiled;
    pattern.lastIndex = 0;
    let count = 0;
    let match: RegExpExecArray | null;
    while (count < MAX_HITS_PER_RULE && (match = pattern.exec(prepared.text)) !== null) {
      count++;
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const hit = judge(compiled, prepared, match.index, match[0], substanceInMessage);
      if (hit?.level === 'crisis') {
        hits.push(hit);
        break;
      }
      if (hit !== undefined) hits.push(hit);
      // A shorter or later reading may still apply ("passed out and i can not wake her up").
      pattern.lastIndex = match.index + 1;
    }
  }
  return hits;
}

function runCombos(hits: readonly Hit[], combos: readonly ComboRule[]): Hit[] {
  const byLabel = new Map<string, Hit[]>();
  const add = (label: string, hit: Hit): void => {
    const list = byLabel.get(label) ?? [];
    list.push(hit);
    byLabel.set(label, list);
  };
  for (const hit of hits) {
    if (hit.level === 'crisis' || hit.level === 'cue' || (hit.level === 'gentle' && hit.reason === undefined)) {
      for (const label of hit.labels) add(label, hit);
    }
    if (hit.level === 'crisis' || hit.level === 'gentle') add(`mention:${hit.kind}`, hit);
  }
  const fired: Hit[] = [];
  for (const combo of combos) {
    const groups = combo.needs.map((group) => group.flatMap((label) => byLabel.get(label) ?? []));
    if (groups.some((group) => group.length === 0)) continue;
    const last = groups[groups.length - 1] ?? [];
    const about: About = last.some((h) => h.about === 'self')
      ? 'self'
      : last.some((h) => h.about === 'other')
        ? 'other'
        : 'unknown';
    fired.push({ id: combo.id, kind: combo.kind, level: 'crisis', immediate: combo.immediate === true, about, labels: [] });
  }
  return fired;
}

/** Emergency-number-first hits (medical, overdose, immediate, someone else) outrank the rest. */
function urgency(hit: Hit): number {
  const needsEmergency = MEDICAL_KINDS.has(hit.kind) || hit.immediate || hit.about === 'other';
  return (needsEmergency ? 0 : 10) + KIND_URGENCY.indexOf(hit.kind);
}

function signalOf(hit: Hit): string {
  return hit.reason === undefined ? hit.id : `${hit.id}:${hit.reason}`;
}

const NO_CRISIS: CrisisDetection = Object.freeze({
  crisis: false,
  safety: 'none',
  kinds: [],
  immediate: false,
  someoneElse: false,
  gentleCheck: false,
  signals: [],
});

function detect(message: string, rules: readonly GatedRule[], combos: readonly ComboRule[]): CrisisDetection {
  const prepared = prepareMessage(message);
  if (prepared.text.length === 0) return { ...NO_CRISIS, kinds: [], signals: [] };
  const ruleHits = runRules(rules, prepared);
  const hits = [...ruleHits, ...runCombos(ruleHits, combos)];
  const signals = [...new Set(hits.map(signalOf))];
  const crises = hits.filter((h) => h.level === 'crisis').sort((a, b) => urgency(a) - urgency(b));
  const top = crises[0];
  if (top === undefined) {
    const gentle = hits.some((h) => h.level === 'gentle');
    return { ...NO_CRISIS, kinds: [], gentleCheck: gentle, safety: gentle ? 'check' : 'none', signals };
  }
  const ofTopKind = crises.filter((h) => h.kind === top.kind);
  return {
    crisis: true,
    safety: 'crisis',
    kind: top.kind,
    kinds: [...new Set(crises.map((h) => h.kind))],
    immediate: crises.some((h) => h.immediate),
    someoneElse: ofTopKind.some((h) => h.about === 'other') && !ofTopKind.some((h) => h.about === 'self'),
    gentleCheck: false,
    signals,
  };
}

/**
 * A detector over the given rules, in order, and combinations. `detectCrisis` is the one over the
 * rule table the build compiles from `rules/`; the tests build one straight from the rule files to
 * check that the two always agree.
 */
export function createCrisisDetector(
  rules: readonly TableRule[],
  combos: readonly ComboRule[],
): (message: string) => CrisisDetection {
  const gated = rules.map(gatedRule);
  return (message) => {
    if (typeof message !== 'string' || message.length === 0) return { ...NO_CRISIS, kinds: [], signals: [] };
    try {
      return detect(message, gated, combos);
    } catch {
      // Unreachable by design; if a rule ever fails, ask gently rather than stay silent.
      return { ...NO_CRISIS, kinds: [], gentleCheck: true, safety: 'check', signals: ['detector.error'] };
    }
  };
}

/** Signals of a rule match that context set aside: negated, told as history, or excluded. */
const SET_ASIDE = /:(negated|history|excluded)$/;

const RULES = createCrisisDetector(decodeRuleTable(RULE_TABLE), decodeComboTable(COMBO_TABLE));
const MODEL = createSafetyModel(SAFETY_MODEL_DATA);

/**
 * The rules and the trained model together. The rules are the auditable floor: what they take
 * over stays taken over, with their kind and context. The model reads what no rule names (other
 * wordings, typos, Spanish): at or above its takeover threshold it takes over too; at or above its
 * check threshold, or when a rule asks for a gentle check, the visitor gets their answer and a
 * safety question.
 */
export function combineWithModel(rules: CrisisDetection, score: SafetyScore | undefined, thresholds: SafetyModelData['thresholds']): CrisisDetection {
  if (rules.crisis || score === undefined) return rules;
  const signal = (name: string, p: number): string => `model.${name}:${p.toFixed(2)}`;
  // What a crisis rule matched and its context explicitly set aside ("i am not suicidal", "years
  // ago", a figure of speech) the model may not take over on; it can still ask a check.
  const setAside = rules.signals.some((s) => SET_ASIDE.test(s));
  if (score.takeover >= thresholds.takeover && !setAside) {
    return {
      crisis: true,
      safety: 'crisis',
      kind: score.kind,
      kinds: [score.kind],
      immediate: MEDICAL_KINDS.has(score.kind),
      someoneElse: score.other >= 0.5,
      gentleCheck: false,
      signals: [...rules.signals, signal('takeover', score.takeover)],
    };
  }
  if (rules.gentleCheck || score.alert >= thresholds.check || score.takeover >= thresholds.takeover) {
    return {
      ...rules,
      gentleCheck: true,
      safety: 'check',
      checkKind: score.kind,
      signals:
        score.alert >= thresholds.check || score.takeover >= thresholds.takeover
          ? [...rules.signals, signal('check', Math.max(score.alert, score.takeover))]
          : rules.signals,
    };
  }
  return rules;
}

/**
 * Checks one visitor message for a crisis. Never throws: any input, of any size or type, gives an
 * answer; a message that cannot be read at all is no crisis.
 */
export function detectCrisis(message: string): CrisisDetection {
  const rules = RULES(message);
  if (rules.crisis || typeof message !== 'string') return rules;
  let score: SafetyScore | undefined;
  try {
    score = MODEL(message, rules.signals);
  } catch {
    score = undefined;
  }
  return combineWithModel(rules, score, SAFETY_MODEL_DATA.thresholds);
}

/** The rules alone, without the model: for tests and the safety report. */
export function detectCrisisByRules(message: string): CrisisDetection {
  return RULES(message);
}
