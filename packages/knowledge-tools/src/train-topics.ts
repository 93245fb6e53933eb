/**
 * Training the topic model (`iop-kb train-topics`): reads the visitor-question corpus (JSON lines
 * `{"q", "expect": [ids], "style", "lang"}`, the eval format) and fits the fastText-style model of
 * core's `topic-model.ts`: a short vector per hashed feature, a vector per class (entry ids and
 * `none`). Deterministic: files in name order, a fixed seed for initial vectors and visiting order,
 * plain float64 arithmetic. A question that asks two things shares its target between them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { hashString, safetyFeatures, topicProbabilities, type TopicModelData } from '@iop-chat/core';
import type { SafetyExample } from './train-safety.js';
import { generatedModule } from './generated-module.js';
import { seededRandom } from './seeded-random.js';

export interface TopicExample {
  readonly q: string;
  readonly expect: readonly string[];
  readonly style: string;
}

export interface TopicTrainOptions {
  readonly bits: number;
  readonly dim: number;
  readonly epochs: number;
  readonly rate: number;
  readonly seed: number;
  /** Vector entries are rounded to whole steps from -levels to +levels (7: 4 bits). */
  readonly levels: number;
}

export const DEFAULT_TOPIC_OPTIONS: TopicTrainOptions = { bits: 11, dim: 16, epochs: 30, rate: 0.3, seed: 20261207, levels: 7 };

/** Reads every `.jsonl` file of `dir` in name order; bad lines are errors named by file and line. */
export function readTopicCorpus(dir: string, known: ReadonlySet<string>): { examples: TopicExample[]; errors: string[] } {
  const examples: TopicExample[] = [];
  const errors: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    readFileSync(join(dir, file), 'utf8').split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        errors.push(`${file}:${i + 1}: not JSON`);
        return;
      }
      const o = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
      const expect = Array.isArray(o.expect) ? o.expect.filter((x): x is string => typeof x === 'string') : [];
      if (typeof o.q !== 'string' || o.q.trim() === '') errors.push(`${file}:${i + 1}: q must be a non-empty string`);
      else if (expect.length === 0) errors.push(`${file}:${i + 1}: expect must list ids`);
      else if (expect.some((id) => id !== 'none' && !known.has(id))) errors.push(`${file}:${i + 1}: unknown id in ${JSON.stringify(expect)}`);
      else examples.push({ q: o.q, expect, style: typeof o.style === 'string' ? o.style : '' });
    });
  }
  return { examples, errors };
}


/** Whether a question is in the held-out fifth (for measuring and calibrating). */
export const isTopicHeldOut = (example: TopicExample): boolean => hashString(example.q) % 5 === 0;

export function trainTopicModel(examples: readonly TopicExample[], classes: readonly string[], options: TopicTrainOptions = DEFAULT_TOPIC_OPTIONS): TopicModelData {
  const { bits, dim } = options;
  const next = seededRandom(options.seed);
  const vectors = new Float64Array(dim << bits).map(() => (next() - 0.5) / dim);
  const classVectors = new Float64Array(classes.length * dim);
  const classBias = new Float64Array(classes.length);
  const index = new Map(classes.map((id, i) => [id, i]));
  const data = examples.map((e) => ({
    features: safetyFeatures(e.q, bits),
    targets: e.expect.flatMap((id) => (index.has(id) ? [index.get(id) ?? 0] : [])),
  }));
  const order = data.map((_, i) => i);
  const total = options.epochs * data.length;
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const at of order) {
      const { features, targets } = data[at] ?? { features: new Uint32Array(), targets: [] };
      const rate = options.rate * (1 - step++ / total);
      if (features.length === 0 || targets.length === 0) continue;
      const hidden = new Float64Array(dim);
      for (const f of features) for (let k = 0; k < dim; k++) hidden[k] = (hidden[k] ?? 0) + (vectors[f * dim + k] ?? 0) / features.length;
      const p = topicProbabilities(hidden, { classes, dim, classVectors: [...classVectors], classBias: [...classBias] });
      const grad = new Float64Array(dim);
      classes.forEach((_, c) => {
        const g = (p[c] ?? 0) - (targets.includes(c) ? 1 / targets.length : 0);
        if (g === 0) return;
        for (let k = 0; k < dim; k++) {
          grad[k] = (grad[k] ?? 0) + g * (classVectors[c * dim + k] ?? 0);
          classVectors[c * dim + k] = (classVectors[c * dim + k] ?? 0) - rate * g * (hidden[k] ?? 0);
        }
        classBias[c] = (classBias[c] ?? 0) - rate * g;
      });
      for (const f of features) for (let k = 0; k < dim; k++) vectors[f * dim + k] = (vectors[f * dim + k] ?? 0) - (rate * (grad[k] ?? 0)) / features.length;
    }
  }
  let max = 0;
  for (const v of vectors) max = Math.max(max, Math.abs(v));
  const scale = max === 0 ? 1 : max / options.levels;
  const int8 = Int8Array.from(vectors, (v) => Math.round(v / scale));
  const round = (x: number): number => Number(x.toPrecision(7));
  return {
    format: 1,
    bits,
    dim,
    classes: [...classes],
    vectors: Buffer.from(int8.buffer, int8.byteOffset, int8.byteLength).toString('base64'),
    scale: round(scale),
    classVectors: [...classVectors].map(round),
    classBias: [...classBias].map(round),
  };
}


/** A visitor question of the topic corpus as a safety example: ordinary, needs nothing. */
export function topicQuestionAsSafety(example: TopicExample): SafetyExample {
  return { m: example.q, tier: 'none', kind: null, who: null, lang: 'en', style: 'ordinary' };
}

/** The model as the TypeScript module the classifier imports. */
export function topicModelModule(model: TopicModelData): string {
  return generatedModule(
    "Generated by \"iop-kb train\" from corpus/topics/train and the entries' own questions. Do not edit.",
    { name: 'TopicModelData', from: './topic-model.js' },
    'TOPIC_MODEL_DATA',
    model,
  );
}

/**
 * Made-up words (seeded, so training stays deterministic), labelled `none`: the corpus has no
 * keyboard mash, and without it the model would pick some entry for "zxqv plorth".
 */
export function noiseExamples(count: number, seed = 7): TopicExample[] {
  const next = seededRandom(seed);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return Array.from({ length: count }, () => {
    const words = Array.from({ length: 1 + Math.floor(next() * 4) }, () =>
      Array.from({ length: 3 + Math.floor(next() * 6) }, () => letters[Math.floor(next() * letters.length)]).join(''),
    );
    return { q: words.join(' '), expect: ['none'], style: 'noise' };
  });
}
