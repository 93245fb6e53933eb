/**
 * Training the safety model (`iop-kb train`): reads the safety corpus (JSON lines, see
 * corpus/safety/README.md), fits the linear heads of `SAFETY_HEADS` over the hashed features the
 * detector uses, quantises the weights to int8 and writes them as a TypeScript module.
 *
 * Deterministic: the corpus is read in file-name order, examples are visited in an order drawn
 * from a fixed seed, and all arithmetic is plain float64, so the same corpus gives the same bytes.
 * The thresholds are calibrated on a held-out fifth of the corpus (chosen by a hash of each message)
 * with a model trained on the other four fifths; the shipped model is then trained on everything.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  CRISIS_KINDS,
  SAFETY_HEADS,
  createSafetyModel,
  detectCrisisByRules,
  encodeWeights,
  featureHashes,
  hashString,
  headTables,
  safetyWords,
  weightCount,
  type CrisisKind,
  type HeadTable,
  type SafetyModelData,
} from '@iop-chat/core';
import { generatedModule } from './generated-module.js';
import { seededRandom } from './seeded-random.js';

export type SafetyTier = 'takeover' | 'check' | 'none';

export interface SafetyExample {
  readonly m: string;
  readonly tier: SafetyTier;
  readonly kind: CrisisKind | null;
  readonly who: 'self' | 'other' | null;
  readonly lang: 'en' | 'es' | 'mixed';
  readonly style: string;
}

const TIERS: readonly string[] = ['takeover', 'check', 'none'];
const LANGS: readonly string[] = ['en', 'es', 'mixed'];

/** Checks one corpus line; returns the example or a reason it is refused. */
export function parseExample(line: string): SafetyExample | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not JSON';
  }
  if (typeof value !== 'object' || value === null) return 'not an object';
  const o = value as Record<string, unknown>;
  if (typeof o.m !== 'string' || o.m.trim() === '') return 'm must be a non-empty string';
  if (typeof o.tier !== 'string' || !TIERS.includes(o.tier)) return 'tier must be takeover, check or none';
  const kind = o.kind ?? null;
  if (kind !== null && !(CRISIS_KINDS as readonly unknown[]).includes(kind)) return `unknown kind ${JSON.stringify(kind)}`;
  const who = o.who ?? null;
  if (who !== null && who !== 'self' && who !== 'other') return 'who must be self, other or null';
  if (typeof o.lang !== 'string' || !LANGS.includes(o.lang)) return 'lang must be en, es or mixed';
  if (o.tier === 'none' && kind !== null) return 'a none line has no kind';
  return {
    m: o.m,
    tier: o.tier as SafetyTier,
    kind: kind as CrisisKind | null,
    who,
    lang: o.lang as SafetyExample['lang'],
    style: typeof o.style === 'string' ? o.style : '',
  };
}

/** Reads every `.jsonl` file of `dir`, in name order. Bad lines are errors, named by file and line. */
export function readCorpus(dir: string): { examples: SafetyExample[]; errors: string[] } {
  const examples: SafetyExample[] = [];
  const errors: string[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  for (const file of files) {
    readFileSync(join(dir, file), 'utf8').split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      const parsed = parseExample(line);
      if (typeof parsed === 'string') errors.push(`${file}:${i + 1}: ${parsed}`);
      else examples.push(parsed);
    });
  }
  return { examples, errors };
}

export interface TrainOptions {
  /** Buckets of the alert and takeover heads: 2^bits. */
  readonly bits: number;
  /** Buckets of each kind head and the other-person head: 2^kindBits. */
  readonly kindBits: number;
  readonly epochs: number;
  readonly rate: number;
  readonly l2: number;
  /** Weight of a takeover example in the takeover head (recall matters more than a false alarm). */
  readonly takeoverWeight: number;
  /** The share of held-out takeovers the takeover threshold must keep. */
  readonly takeoverRecall: number;
  /** The share of held-out checks and takeovers the check threshold must keep. */
  readonly alertRecall: number;
  /** The takeover threshold is raised until at most this share of held-out hard negatives take over. */
  readonly maxFalseTakeover: number;
  /** ...and at most this share of held-out ordinary questions. */
  readonly maxOrdinaryTakeover: number;
  /** The check threshold is raised until at most this share of held-out ordinary questions get a check. */
  readonly maxOrdinaryCheck: number;
  readonly seed: number;
  /** Quantised weights of at most this size are dropped to 0: a smaller, sparser model. */
  readonly prune: number;
  /** Weights are rounded to whole steps from -levels to +levels (at most 30: each is written as one character). */
  readonly levels: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  bits: 15,
  kindBits: 12,
  epochs: 12,
  rate: 0.2,
  l2: 1e-6,
  takeoverWeight: 2,
  takeoverRecall: 0.97,
  alertRecall: 0.99,
  maxFalseTakeover: 0.05,
  maxOrdinaryTakeover: 0.005,
  maxOrdinaryCheck: 0.02,
  seed: 20261207,
  prune: 0,
  levels: 7,
};


interface Prepared {
  readonly features: Uint32Array;
  readonly example: SafetyExample;
}

const HEADS = SAFETY_HEADS.length;
const KIND_OFFSET = 2;
const OTHER = 2 + CRISIS_KINDS.length;
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** Fits float weights and biases with AdaGrad over shuffled examples. */
function fit(data: readonly Prepared[], options: TrainOptions, tables: readonly HeadTable[]): { weights: Float64Array; bias: Float64Array } {
  const count = weightCount(options);
  const weights = new Float64Array(count);
  const squares = new Float64Array(count).fill(1e-8);
  const bias = new Float64Array(HEADS);
  const biasSquares = new Float64Array(HEADS).fill(1e-8);
  const next = seededRandom(options.seed);
  const order = data.map((_, i) => i);
  const step = (head: number, features: Uint32Array, norm: number, gradient: number): void => {
    if (gradient === 0) return;
    const { offset, mask } = tables[head] as HeadTable;
    for (const f of features) {
      const i = offset + (f & mask);
      const g = gradient * norm + options.l2 * (weights[i] ?? 0);
      squares[i] = (squares[i] ?? 0) + g * g;
      weights[i] = (weights[i] ?? 0) - (options.rate * g) / Math.sqrt(squares[i] ?? 1);
    }
    biasSquares[head] = (biasSquares[head] ?? 0) + gradient * gradient;
    bias[head] = (bias[head] ?? 0) - (options.rate * gradient) / Math.sqrt(biasSquares[head] ?? 1);
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const index of order) {
      const { features, example } = data[index] as Prepared;
      if (features.length === 0) continue;
      const norm = 1 / Math.sqrt(features.length);
      const logit = (head: number): number => {
        const { offset, mask } = tables[head] as HeadTable;
        let sum = 0;
        for (const f of features) sum += weights[offset + (f & mask)] ?? 0;
        return (bias[head] ?? 0) + sum * norm;
      };
      const alert = example.tier === 'none' ? 0 : 1;
      step(0, features, norm, sigmoid(logit(0)) - alert);
      const takeover = example.tier === 'takeover' ? 1 : 0;
      const weight = takeover === 1 ? options.takeoverWeight : 1;
      step(1, features, norm, weight * (sigmoid(logit(1)) - takeover));
      if (example.kind !== null) {
        const logits = CRISIS_KINDS.map((_, k) => logit(KIND_OFFSET + k));
        const top = Math.max(...logits);
        const exps = logits.map((l) => Math.exp(l - top));
        const total = exps.reduce((a, b) => a + b, 0);
        CRISIS_KINDS.forEach((kind, k) => {
          step(KIND_OFFSET + k, features, norm, (exps[k] ?? 0) / total - (kind === example.kind ? 1 : 0));
        });
      }
      if (example.tier !== 'none' && example.who !== null) {
        step(OTHER, features, norm, sigmoid(logit(OTHER)) - (example.who === 'other' ? 1 : 0));
      }
    }
  }
  return { weights, bias };
}

function quantise(
  weights: Float64Array,
  bias: Float64Array,
  options: Pick<TrainOptions, 'bits' | 'kindBits' | 'prune' | 'levels'>,
  tables: readonly HeadTable[],
): Omit<SafetyModelData, 'thresholds'> {
  const { prune, levels } = options;
  const int8 = new Int8Array(weights.length);
  const scale: number[] = [];
  for (let head = 0; head < HEADS; head++) {
    const { offset, mask } = tables[head] as HeadTable;
    const end = offset + mask + 1;
    let max = 0;
    for (let i = offset; i < end; i++) max = Math.max(max, Math.abs(weights[i] ?? 0));
    const factor = max === 0 ? 1 : max / levels;
    for (let i = offset; i < end; i++) {
      const q = Math.round((weights[i] ?? 0) / factor);
      int8[i] = Math.abs(q) <= prune ? 0 : q;
    }
    scale.push(Number(factor.toPrecision(8)));
  }
  return {
    format: 2,
    bits: options.bits,
    kindBits: options.kindBits,
    bias: [...bias].map((b) => Number(b.toPrecision(8))),
    scale,
    levels,
    weights: encodeWeights(int8, levels),
  };
}

/** The lowest threshold that lets at most `share` of the scores through. */
function ceilingFor(scores: readonly number[], share: number): number {
  if (scores.length === 0) return 0;
  const sorted = [...scores].sort((a, b) => b - a);
  const allowed = Math.floor(share * sorted.length);
  return (sorted[allowed] ?? 0) + 1e-6;
}

/** The highest threshold that keeps at least `recall` of the scores. */
function thresholdFor(scores: readonly number[], recall: number): number {
  if (scores.length === 0) return 0.5;
  const sorted = [...scores].sort((a, b) => b - a);
  const keep = Math.min(sorted.length - 1, Math.max(0, Math.ceil(recall * sorted.length) - 1));
  return (sorted[keep] ?? 0.5) - 1e-6;
}

export interface TrainResult {
  readonly model: SafetyModelData;
  /** Held-out numbers of the rules with the calibration model, for the report. */
  readonly heldOut: {
    readonly takeovers: number;
    readonly caught: number;
    readonly alerts: number;
    readonly alerted: number;
    readonly nones: number;
    readonly falseTakeovers: number;
    readonly falseChecks: number;
  };
  readonly counts: Record<string, number>;
}

/** Whether an example is in the held-out fifth the thresholds are calibrated on. */
export const isHeldOut = (example: SafetyExample): boolean => hashString(example.m) % 5 === 0;
const heldOut = isHeldOut;

export function trainSafetyModel(examples: readonly SafetyExample[], options: TrainOptions = DEFAULT_TRAIN_OPTIONS): TrainResult {
  const tables = headTables(options);
  const prepared = examples.map((example) => {
    const rules = detectCrisisByRules(example.m);
    return { example, rules, features: featureHashes(safetyWords(example.m), rules.signals) };
  });
  const train = prepared.filter((p) => !heldOut(p.example));
  const test = prepared.filter((p) => heldOut(p.example));
  const fitted = fit(train, options, tables);
  const calibrated = createSafetyModel({ ...quantise(fitted.weights, fitted.bias, options, tables), thresholds: { check: 0.5, takeover: 0.5 } });
  const scored = test.map(({ example, rules }) => {
    const score = calibrated(example.m, rules.signals);
    // The model speaks where the rules did not: what the rules take over, or check, is theirs.
    return {
      tier: example.tier,
      ordinary: example.style === 'ordinary',
      alert: rules.crisis || rules.gentleCheck ? 1 : (score?.alert ?? 0),
      takeover: rules.crisis ? 1 : (score?.takeover ?? 0),
    };
  });
  const round = (x: number): number => Number(Math.min(0.999, Math.max(0.05, x)).toFixed(4));
  const takeoverThreshold = round(Math.max(
    thresholdFor(scored.filter((s) => s.tier === 'takeover').map((s) => s.takeover), options.takeoverRecall),
    ceilingFor(scored.filter((s) => s.tier === 'none' && !s.ordinary).map((s) => s.takeover), options.maxFalseTakeover),
    ceilingFor(scored.filter((s) => s.ordinary).map((s) => s.takeover), options.maxOrdinaryTakeover),
  ));
  const checkThreshold = round(Math.max(
    thresholdFor(scored.filter((s) => s.tier !== 'none').map((s) => s.alert), options.alertRecall),
    ceilingFor(scored.filter((s) => s.ordinary).map((s) => s.alert), options.maxOrdinaryCheck),
  ));
  const all = fit(prepared, options, tables);
  const data = quantise(all.weights, all.bias, options, tables);
  const counts: Record<string, number> = {};
  for (const { tier, lang } of examples) counts[`${lang} ${tier}`] = (counts[`${lang} ${tier}`] ?? 0) + 1;
  const nones = scored.filter((s) => s.tier === 'none');
  return {
    model: { ...data, thresholds: { check: checkThreshold, takeover: takeoverThreshold } },
    heldOut: {
      takeovers: scored.filter((s) => s.tier === 'takeover').length,
      caught: scored.filter((s) => s.tier === 'takeover' && s.takeover >= takeoverThreshold).length,
      alerts: scored.filter((s) => s.tier !== 'none').length,
      alerted: scored.filter((s) => s.tier !== 'none' && (s.alert >= checkThreshold || s.takeover >= takeoverThreshold)).length,
      nones: nones.length,
      falseTakeovers: nones.filter((s) => s.takeover >= takeoverThreshold).length,
      falseChecks: nones.filter((s) => s.alert >= checkThreshold && s.takeover < takeoverThreshold).length,
    },
    counts,
  };
}

/** The model as the TypeScript module the detector imports. */
export function modelModule(model: SafetyModelData): string {
  return generatedModule(
    'Generated by "iop-kb train" from corpus/safety/train and the ordinary questions of corpus/topics/train. Do not edit: change the corpora and train again.',
    { name: 'SafetyModelData', from: './safety-model.js' },
    'SAFETY_MODEL_DATA',
    model,
  );
}
