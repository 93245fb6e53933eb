/**
 * Measures the classifier on labeled lines ({"q", "expect": [ids | "crisis" | "none"]}):
 * top-1 and top-3 on topic questions, crisis recall and false-positive rate, out-of-scope
 * rejection, and the misses, so a change to knowledge or scoring can be judged by numbers.
 */
import { classify, type KnowledgeBase } from '@iop-chat/core';

export interface EvalLine {
  readonly q: string;
  readonly expect: readonly string[];
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
}

const ANSWERED = new Set(['confident', 'ambiguous']);

export function evaluate(kb: KnowledgeBase, lines: readonly EvalLine[]): EvalReport {
  const topic = { total: 0, top1: 0, top3: 0 };
  const crisis = { total: 0, caught: 0, falsePositives: 0, negatives: 0 };
  const outOfScope = { total: 0, rejected: 0 };
  const misses: EvalMiss[] = [];
  for (const line of lines) {
    const result = classify(kb, line.q);
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
      continue;
    }
    if (line.expect.includes('none')) {
      outOfScope.total++;
      if (result.fallback && !ANSWERED.has(result.reason)) outOfScope.rejected++;
      else misses.push({ ...base, kind: 'out-of-scope-answered' });
      continue;
    }
    topic.total++;
    const first = got[0];
    const hit1 = !result.fallback && first !== undefined && line.expect.includes(first);
    const hit3 = ANSWERED.has(result.reason) && got.slice(0, 3).some((id) => line.expect.includes(id));
    if (hit1) topic.top1++;
    if (hit3) topic.top3++;
    if (!hit1) misses.push({ ...base, kind: hit3 ? 'top-1' : 'top-3' });
  }
  return { lines: lines.length, topic, crisis, outOfScope, misses };
}

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

export function formatReport(r: EvalReport): string {
  const out = [
    `lines: ${r.lines}`,
    `top-1: ${pct(r.topic.top1, r.topic.total)} (${r.topic.top1}/${r.topic.total})`,
    `top-3: ${pct(r.topic.top3, r.topic.total)} (${r.topic.top3}/${r.topic.total})`,
    `crisis recall: ${pct(r.crisis.caught, r.crisis.total)} (${r.crisis.caught}/${r.crisis.total})`,
    `crisis false positives: ${pct(r.crisis.falsePositives, r.crisis.negatives)} (${r.crisis.falsePositives}/${r.crisis.negatives})`,
    `out-of-scope rejected: ${pct(r.outOfScope.rejected, r.outOfScope.total)} (${r.outOfScope.rejected}/${r.outOfScope.total})`,
    `misses: ${r.misses.length}`,
  ];
  for (const m of r.misses) {
    out.push(`  [${m.kind}] ${JSON.stringify(m.q)} expected ${m.expect.join('|')} got ${m.crisis ? 'crisis' : m.fallback ? `fallback(${m.got.join(',')})` : m.got.join(',')}`);
  }
  return out.join('\n');
}
