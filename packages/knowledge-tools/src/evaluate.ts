/**
 * Measures the classifier on labeled lines ({"q", "expect": [ids | "crisis" | "none"]}):
 * top-1 and top-3 on topic questions, crisis recall and false-positive rate, out-of-scope
 * rejection, and the misses, so a change to knowledge or scoring can be judged by numbers.
 */
import { classify, type ClassifyOptions, type KnowledgeBase } from '@iop-chat/core';

export interface EvalLine {
  readonly q: string;
  readonly expect: readonly string[];
  /** How the question is written (plain, short, typo, long...): numbers are also given per style. */
  readonly style?: string;
}

/** Per style: topic questions answered right first (or rejected, for out-of-scope styles). */
export interface StyleTally {
  total: number;
  right: number;
}

export interface EvalMiss {
  readonly q: string;
  readonly expect: readonly string[];
  readonly got: readonly string[];
  readonly crisis: boolean;
  readonly fallback: boolean;
  readonly kind: 'top-1' | 'top-3' | 'crisis-missed' | 'crisis-false-positive' | 'out-of-scope-answered';
}

export interface EvalReport {
  readonly lines: number;
  readonly topic: { total: number; top1: number; top3: number };
  readonly crisis: { total: number; caught: number; falsePositives: number; negatives: number };
  readonly outOfScope: { total: number; rejected: number };
  readonly misses: readonly EvalMiss[];
  readonly styles: Readonly<Record<string, StyleTally>>;
}

const ANSWERED = new Set(['confident', 'ambiguous']);

export function evaluate(kb: KnowledgeBase, lines: readonly EvalLine[], options: ClassifyOptions = {}): EvalReport {
  const topic = { total: 0, top1: 0, top3: 0 };
  const crisis = { total: 0, caught: 0, falsePositives: 0, negatives: 0 };
  const outOfScope = { total: 0, rejected: 0 };
  const misses: EvalMiss[] = [];
  const styles: Record<string, StyleTally> = {};
  const tally = (line: EvalLine, right: boolean): void => {
    if (line.style === undefined) return;
    const t = (styles[line.style] ??= { total: 0, right: 0 });
    t.total++;
    if (right) t.right++;
  };
  for (const line of lines) {
    const result = classify(kb, line.q, options);
    const got = result.topics.map((t) => t.id);
    const base = { q: line.q, expect: line.expect, got: got.slice(0, 3), crisis: result.crisis, fallback: result.fallback };
    const expectsCrisis = line.expect.includes('crisis');
    if (expectsCrisis) {
      crisis.total++;
      if (result.crisis) crisis.caught++;
      else misses.push({ ...base, kind: 'crisis-missed' });
      continue;
    }
    crisis.negatives++;
    if (result.crisis) {
      crisis.falsePositives++;
      misses.push({ ...base, kind: 'crisis-false-positive' });
      tally(line, false);
      continue;
    }
    if (line.expect.includes('none')) {
      outOfScope.total++;
      const rejected = result.fallback && !ANSWERED.has(result.reason);
      if (rejected) outOfScope.rejected++;
      else misses.push({ ...base, kind: 'out-of-scope-answered' });
      tally(line, rejected);
      continue;
    }
    topic.total++;
    const first = got[0];
    const hit1 = !result.fallback && first !== undefined && line.expect.includes(first);
    const hit3 = ANSWERED.has(result.reason) && got.slice(0, 3).some((id) => line.expect.includes(id));
    if (hit1) topic.top1++;
    tally(line, hit1);
    if (hit3) topic.top3++;
    if (!hit1) misses.push({ ...base, kind: hit3 ? 'top-1' : 'top-3' });
  }
  return { lines: lines.length, topic, crisis, outOfScope, misses, styles };
}

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

export function formatReport(r: EvalReport, withMisses = true): string {
  const out = [
    `lines: ${r.lines}`,
    `top-1: ${pct(r.topic.top1, r.topic.total)} (${r.topic.top1}/${r.topic.total})`,
    `top-3: ${pct(r.topic.top3, r.topic.total)} (${r.topic.top3}/${r.topic.total})`,
    `crisis recall: ${pct(r.crisis.caught, r.crisis.total)} (${r.crisis.caught}/${r.crisis.total})`,
    `crisis false positives: ${pct(r.crisis.falsePositives, r.crisis.negatives)} (${r.crisis.falsePositives}/${r.crisis.negatives})`,
    `out-of-scope rejected: ${pct(r.outOfScope.rejected, r.outOfScope.total)} (${r.outOfScope.rejected}/${r.outOfScope.total})`,
    ...Object.entries(r.styles)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([style, t]) => `style ${style}: ${pct(t.right, t.total)} (${t.right}/${t.total}) ${style === 'oos' || style === 'near' ? 'rejected' : 'top-1'}`),
    `misses: ${r.misses.length}`,
  ];
  if (!withMisses) return out.join('\n');
  for (const m of r.misses) {
    out.push(`  [${m.kind}] ${JSON.stringify(m.q)} expected ${m.expect.join('|')} got ${m.crisis ? 'crisis' : m.fallback ? `fallback(${m.got.join(',')})` : m.got.join(',')}`);
  }
  return out.join('\n');
}
