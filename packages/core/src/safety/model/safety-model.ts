/**
 * The trained safety model: a small linear model over hashed word, word-pair and character
 * features (see `safety-features.ts`), trained from the safety corpus by `iop-kb train` and shipped
 * as quantised weights (`safety-model-data.ts`, generated, never edited by hand).
 *
 * It reads English, Spanish and a mix of both with no language pack, and it gives:
 * - `alert`: how likely the message needs any safety response (a check or a takeover);
 * - `takeover`: how likely it needs the crisis card now;
 * - `kind`: which kind of crisis, most likely first, and `other`: whether someone else is the one
 *   in danger.
 * A long message is also read a sentence pair at a time, and its most worrying window counts, so
 * danger after an ordinary question is not drowned by the question.
 */
import { CRISIS_KINDS, type CrisisKind } from '../crisis-kinds.js';
import { featuresOfWords, safetyWindows, safetyWords } from './safety-features.js';

/** The heads of the model, in the order of their weights. */
export const SAFETY_HEADS = ['alert', 'takeover', ...CRISIS_KINDS, 'other'] as const;
export type SafetyHead = (typeof SAFETY_HEADS)[number];

/** The model as `iop-kb train` writes it. */
export interface SafetyModelData {
  /** 1: the format this code reads. */
  readonly format: number;
  /** Feature buckets: 2^bits. */
  readonly bits: number;
  /** Per head (in `SAFETY_HEADS` order): bias and the factor that turns an int8 weight into a float. */
  readonly bias: readonly number[];
  readonly scale: readonly number[];
  /** Probabilities at or above which a message is a check, or a takeover. */
  readonly thresholds: { readonly check: number; readonly takeover: number };
  /** Int8 weights, head after head, each 2^bits long, as base64. */
  readonly weights: string;
}

export interface SafetyScore {
  readonly alert: number;
  readonly takeover: number;
  /** The most likely kind, and its probability among the kinds. */
  readonly kind: CrisisKind;
  readonly kindProbability: number;
  /** How likely someone other than the visitor is the one in danger. */
  readonly other: number;
}

/** Scores a message; `notes` are the rules' signals for it (see `featuresOfWords`). */
export type SafetyModel = (message: string, notes?: readonly string[]) => SafetyScore | undefined;

/** Decodes the models' base64 weights into signed bytes (the safety and topic models both ship so). Throws on bad base64. */
export function decodeInt8(text: string): Int8Array {
  const binary = atob(text);
  const out = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i) << 24 >> 24;
  return out;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** Raw scores of every head for one feature set: what training fits and the detector reads. */
export function headLogits(
  features: Uint32Array,
  weights: Int8Array,
  data: Pick<SafetyModelData, 'bits' | 'bias' | 'scale'>,
): number[] {
  const size = 1 << data.bits;
  const norm = features.length === 0 ? 0 : 1 / Math.sqrt(features.length);
  return SAFETY_HEADS.map((_, head) => {
    const offset = head * size;
    let sum = 0;
    for (const f of features) sum += weights[offset + f] ?? 0;
    return (data.bias[head] ?? 0) + sum * (data.scale[head] ?? 0) * norm;
  });
}

/** Whether `data` has the shape and sizes of a model this code can read. */
function usable(data: SafetyModelData, weights: Int8Array): boolean {
  return (
    data.format === 1 &&
    Number.isInteger(data.bits) &&
    data.bits >= 8 &&
    data.bits <= 20 &&
    data.bias.length === SAFETY_HEADS.length &&
    data.scale.length === SAFETY_HEADS.length &&
    weights.length === SAFETY_HEADS.length << data.bits
  );
}

function scoreOf(logits: readonly number[]): SafetyScore {
  const kindLogits = CRISIS_KINDS.map((_, i) => logits[2 + i] ?? 0);
  const top = Math.max(...kindLogits);
  const exps = kindLogits.map((l) => Math.exp(l - top));
  const total = exps.reduce((a, b) => a + b, 0);
  const best = kindLogits.indexOf(top);
  return {
    alert: sigmoid(logits[0] ?? 0),
    takeover: sigmoid(logits[1] ?? 0),
    kind: CRISIS_KINDS[best] ?? 'suicide-self-harm',
    kindProbability: (exps[best] ?? 0) / total,
    other: sigmoid(logits[2 + CRISIS_KINDS.length] ?? 0),
  };
}

/**
 * A model over `data`. The weights are decoded once, on the first message. A model whose data is
 * unusable answers `undefined` for every message (the rules still run); it never throws.
 */
export function createSafetyModel(data: SafetyModelData): SafetyModel {
  let weights: Int8Array | null | undefined;
  return (message, notes = []) => {
    if (weights === undefined) {
      try {
        const decoded = decodeInt8(data.weights);
        weights = usable(data, decoded) ? decoded : null;
      } catch {
        weights = null;
      }
    }
    if (weights === null) return undefined;
    const whole = safetyWords(message);
    if (whole.length === 0) return undefined;
    let best = scoreOf(headLogits(featuresOfWords(whole, data.bits, notes), weights, data));
    for (const window of safetyWindows(message)) {
      const score = scoreOf(headLogits(featuresOfWords(window, data.bits, notes), weights, data));
      if (score.takeover > best.takeover) best = { ...score, alert: Math.max(score.alert, best.alert) };
      else if (score.alert > best.alert) best = { ...best, alert: score.alert };
    }
    return best;
  };
}
