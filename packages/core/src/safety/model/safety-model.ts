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
import { featureHashes, safetyWindows, safetyWords } from './safety-features.js';

/** The heads of the model, in the order of their weights. */
export const SAFETY_HEADS = ['alert', 'takeover', ...CRISIS_KINDS, 'other'] as const;
export type SafetyHead = (typeof SAFETY_HEADS)[number];

/** The heads that decide whether to act (alert, takeover); the others say which kind and who. */
export const GATE_HEADS = 2;

/** The model as `iop-kb train` writes it. */
export interface SafetyModelData {
  /** 2: the format this code reads. */
  readonly format: number;
  /**
   * Feature buckets of the alert and takeover heads: 2^bits. They decide whether the card shows,
   * so they get the large tables, where unrelated features rarely share a bucket.
   */
  readonly bits: number;
  /** Feature buckets of each kind head and the other-person head: 2^kindBits. */
  readonly kindBits: number;
  /** Per head (in `SAFETY_HEADS` order): bias and the factor that turns an int8 weight into a float. */
  readonly bias: readonly number[];
  readonly scale: readonly number[];
  /** Weights run from -levels to +levels. */
  readonly levels: number;
  /** Probabilities at or above which a message is a check, or a takeover. */
  readonly thresholds: { readonly check: number; readonly takeover: number };
  /**
   * Whole-step weights, head after head (see `headTables`), one character each from
   * `WEIGHT_ALPHABET`: the character at index `levels + w` stands for the weight w. A letter a
   * weight packs (about 2.9 bits of gzip a weight, against 3.6 for base64 bytes).
   */
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

/** The characters the safety weights are written in (no quote or backslash: JSON-safe). */
export const WEIGHT_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Reads weights written in `WEIGHT_ALPHABET`; throws on a character outside it or a weight outside ±levels. */
export function decodeWeights(text: string, levels: number): Int8Array {
  if (!Number.isInteger(levels) || levels < 1 || 2 * levels + 1 > WEIGHT_ALPHABET.length) throw new RangeError('levels');
  const value = new Int8Array(128).fill(-128);
  for (let i = 0; i <= 2 * levels; i++) value[WEIGHT_ALPHABET.charCodeAt(i)] = i - levels;
  const out = new Int8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const w = value[text.charCodeAt(i)] ?? -128;
    if (w === -128) throw new RangeError('weight');
    out[i] = w;
  }
  return out;
}

/** Writes whole-step weights in `WEIGHT_ALPHABET` (what `iop-kb train` ships). */
export function encodeWeights(weights: ArrayLike<number>, levels: number): string {
  let text = '';
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] ?? 0;
    if (!Number.isInteger(w) || Math.abs(w) > levels) throw new RangeError(`weight ${w}`);
    text += WEIGHT_ALPHABET.charAt(w + levels);
  }
  return text;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

export interface HeadTable {
  /** Where the head's weights start. */
  readonly offset: number;
  /** The low bits of a feature hash that pick its bucket. */
  readonly mask: number;
}

/** Where each head's table lies in the weights, and its size. */
export function headTables(data: Pick<SafetyModelData, 'bits' | 'kindBits'>): HeadTable[] {
  let offset = 0;
  return SAFETY_HEADS.map((_, head) => {
    const size = 1 << (head < GATE_HEADS ? data.bits : data.kindBits);
    const table = { offset, mask: size - 1 };
    offset += size;
    return table;
  });
}

/** How many weights a model of these sizes has: where the last head's table ends. */
export function weightCount(data: Pick<SafetyModelData, 'bits' | 'kindBits'>): number {
  const last = headTables(data).at(-1);
  return last === undefined ? 0 : last.offset + last.mask + 1;
}

/** Raw scores of every head for one message's feature hashes: what training fits and the detector reads. */
export function headLogits(
  features: Uint32Array,
  weights: Int8Array,
  data: Pick<SafetyModelData, 'bias' | 'scale'>,
  tables: readonly HeadTable[],
): number[] {
  const norm = features.length === 0 ? 0 : 1 / Math.sqrt(features.length);
  return tables.map(({ offset, mask }, head) => {
    let sum = 0;
    for (const f of features) sum += weights[offset + (f & mask)] ?? 0;
    return (data.bias[head] ?? 0) + sum * (data.scale[head] ?? 0) * norm;
  });
}

/** Whether `data` has the shape and sizes of a model this code can read. */
function usable(data: SafetyModelData, weights: Int8Array): boolean {
  const bitsOk = (bits: unknown): boolean => Number.isInteger(bits) && (bits as number) >= 8 && (bits as number) <= 20;
  return (
    data.format === 2 &&
    bitsOk(data.bits) &&
    bitsOk(data.kindBits) &&
    data.bias.length === SAFETY_HEADS.length &&
    data.scale.length === SAFETY_HEADS.length &&
    weights.length === weightCount(data)
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
  let tables: HeadTable[] = [];
  return (message, notes = []) => {
    if (weights === undefined) {
      try {
        const decoded = decodeWeights(data.weights, data.levels);
        weights = usable(data, decoded) ? decoded : null;
        if (weights !== null) tables = headTables(data);
      } catch {
        weights = null;
      }
    }
    if (weights === null) return undefined;
    const whole = safetyWords(message);
    if (whole.length === 0) return undefined;
    let best = scoreOf(headLogits(featureHashes(whole, notes), weights, data, tables));
    for (const window of safetyWindows(message)) {
      const score = scoreOf(headLogits(featureHashes(window, notes), weights, data, tables));
      if (score.takeover > best.takeover) best = { ...score, alert: Math.max(score.alert, best.alert) };
      else if (score.alert > best.alert) best = { ...best, alert: score.alert };
    }
    return best;
  };
}
