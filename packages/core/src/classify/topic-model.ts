/**
 * The trained topic model: which knowledge entry a visitor's question is about, learnt from the
 * visitor-question corpus (corpus/topics) by `iop-kb train-topics`. It sits beside the fuse.js
 * search, which stays the search: the classifier blends the two rankings.
 *
 * A small fastText-style model: every hashed feature of the question (the words, word pairs and
 * character n-grams the safety model reads too, see `safety-features.ts`) has a short vector; the
 * question is their average; each entry (and `none`, out of scope) has a vector too, and the
 * softmax of their dot products ranks the entries. Character n-grams make it hold on typos ("insurence",
 * "groop"), averaging on long messages, and the `none` class learns what the chat does not answer.
 */
import { featuresOfWords, safetyWords } from '../safety/model/safety-features.js';

export interface TopicModelData {
  readonly format: number;
  readonly bits: number;
  /** Vector length. */
  readonly dim: number;
  /** The classes, in the order of `classVectors`: entry ids and `none`. */
  readonly classes: readonly string[];
  /** Int8 feature vectors, 2^bits x dim, base64; `scale` turns them into floats. */
  readonly vectors: string;
  readonly scale: number;
  /** Float class vectors, classes x dim, and a bias per class. */
  readonly classVectors: readonly number[];
  readonly classBias: readonly number[];
}

export interface TopicScore {
  readonly id: string;
  readonly probability: number;
}

export type TopicModel = (message: string) => readonly TopicScore[];


/** Decodes the model's base64 vectors into signed bytes. Throws on bad base64. */
function decodeInt8(text: string): Int8Array {
  const binary = atob(text);
  const out = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i) << 24 >> 24;
  return out;
}

/** The averaged hidden vector of a question (what training fits). */
export function topicHidden(features: Uint32Array, vectors: Int8Array, dim: number, scale: number): Float64Array {
  const hidden = new Float64Array(dim);
  if (features.length === 0) return hidden;
  for (const f of features) {
    const offset = f * dim;
    for (let k = 0; k < dim; k++) hidden[k] = (hidden[k] ?? 0) + (vectors[offset + k] ?? 0);
  }
  const factor = scale / features.length;
  for (let k = 0; k < dim; k++) hidden[k] = (hidden[k] ?? 0) * factor;
  return hidden;
}

/** Softmax over classes for a hidden vector. */
export function topicProbabilities(hidden: Float64Array, data: Pick<TopicModelData, 'classes' | 'dim' | 'classVectors' | 'classBias'>): number[] {
  const logits = data.classes.map((_, c) => {
    let sum = data.classBias[c] ?? 0;
    for (let k = 0; k < data.dim; k++) sum += (hidden[k] ?? 0) * (data.classVectors[c * data.dim + k] ?? 0);
    return sum;
  });
  const top = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - top));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

/**
 * A model over `data`, decoded on first use. Unusable data gives an empty ranking for every
 * message (the search alone then decides); it never throws.
 */
export function createTopicModel(data: TopicModelData): TopicModel {
  let vectors: Int8Array | null | undefined;
  return (message) => {
    if (vectors === undefined) {
      try {
        const decoded = decodeInt8(data.vectors);
        const usable =
          data.format === 1 &&
          decoded.length === data.dim << data.bits &&
          data.classVectors.length === data.classes.length * data.dim &&
          data.classBias.length === data.classes.length;
        vectors = usable ? decoded : null;
      } catch {
        vectors = null;
      }
    }
    if (vectors === null) return [];
    const words = safetyWords(message);
    if (words.length === 0) return [];
    const probabilities = topicProbabilities(topicHidden(featuresOfWords(words, data.bits), vectors, data.dim, data.scale), data);
    return data.classes
      .map((id, c) => ({ id, probability: probabilities[c] ?? 0 }))
      .sort((a, b) => b.probability - a.probability);
  };
}
