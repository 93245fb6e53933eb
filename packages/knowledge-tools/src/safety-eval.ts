/**
 * Measuring the crisis detector on a labelled safety set (`iop-kb safety-eval`): how many
 * takeovers it catches, how many need-a-check messages get at least a check, how often it takes
 * over or checks on messages that need neither, by language, kind and style. Misses are listed only
 * when asked (`--misses`): a sealed blind set is measured without anyone reading them.
 */
import { detectCrisis, detectCrisisByRules, type CrisisDetection } from '@iop-chat/core';
import type { SafetyExample } from './train-safety.js';

interface Tally {
  takeovers: number;
  caught: number;
  caughtOrChecked: number;
  rightKind: number;
  checks: number;
  checkedOrCaught: number;
  hard: number;
  hardTakeover: number;
  ordinary: number;
  ordinaryTakeover: number;
  ordinaryCheck: number;
}

const empty = (): Tally => ({
  takeovers: 0, caught: 0, caughtOrChecked: 0, rightKind: 0, checks: 0, checkedOrCaught: 0,
  hard: 0, hardTakeover: 0, ordinary: 0, ordinaryTakeover: 0, ordinaryCheck: 0,
});

export interface SafetyMiss {
  readonly m: string;
  readonly expected: string;
  readonly got: string;
}

export interface SafetyEvalReport {
  readonly groups: Record<string, Tally>;
  readonly misses: SafetyMiss[];
}

function add(t: Tally, e: SafetyExample, d: CrisisDetection): void {
  if (e.tier === 'takeover') {
    t.takeovers++;
    if (d.crisis) t.caught++;
    if (d.crisis || d.gentleCheck) t.caughtOrChecked++;
    if (d.crisis && (e.kind === null || d.kind === e.kind)) t.rightKind++;
  } else if (e.tier === 'check') {
    t.checks++;
    if (d.crisis || d.gentleCheck) t.checkedOrCaught++;
  } else if (e.style === 'ordinary') {
    t.ordinary++;
    if (d.crisis) t.ordinaryTakeover++;
    else if (d.gentleCheck) t.ordinaryCheck++;
  } else {
    t.hard++;
    if (d.crisis) t.hardTakeover++;
  }
}

export function evaluateSafety(examples: readonly SafetyExample[], rulesOnly = false): SafetyEvalReport {
  const groups: Record<string, Tally> = {};
  const misses: SafetyMiss[] = [];
  const group = (name: string): Tally => (groups[name] ??= empty());
  for (const e of examples) {
    const d = rulesOnly ? detectCrisisByRules(e.m) : detectCrisis(e.m);
    const lang = e.lang === 'mixed' ? 'es' : e.lang;
    for (const name of ['all', lang, `${lang} kind ${e.kind ?? '-'}`, `${lang} style ${e.style}`]) add(group(name), e, d);
    const got = d.crisis ? `takeover ${d.kind ?? ''}` : d.gentleCheck ? 'check' : 'none';
    const wrong =
      (e.tier === 'takeover' && (!d.crisis || (e.kind !== null && d.kind !== e.kind))) ||
      (e.tier === 'check' && got === 'none') ||
      (e.tier === 'none' && (d.crisis || (e.style === 'ordinary' && d.gentleCheck)));
    if (wrong) misses.push({ m: e.m, expected: `${e.tier} ${e.kind ?? ''} ${e.who ?? ''}`.trim(), got });
  }
  return { groups, misses };
}

const pct = (a: number, b: number): string => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}% (${a}/${b})`);

export function formatSafetyReport(report: SafetyEvalReport, withMisses: boolean): string {
  const lines: string[] = [];
  const names = Object.keys(report.groups).sort((a, b) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b)));
  for (const name of names) {
    const t = report.groups[name] as Tally;
    const parts: string[] = [];
    if (t.takeovers > 0) {
      parts.push(`takeover ${pct(t.caught, t.takeovers)}`, `takeover or check ${pct(t.caughtOrChecked, t.takeovers)}`, `right kind ${pct(t.rightKind, t.caught)}`);
    }
    if (t.checks > 0) parts.push(`check lines answered with a check or more ${pct(t.checkedOrCaught, t.checks)}`);
    if (t.hard > 0) parts.push(`false takeover on hard negatives ${pct(t.hardTakeover, t.hard)}`);
    if (t.ordinary > 0) parts.push(`false takeover on ordinary ${pct(t.ordinaryTakeover, t.ordinary)}`, `check on ordinary ${pct(t.ordinaryCheck, t.ordinary)}`);
    lines.push(`${name}: ${parts.join('; ')}`);
  }
  if (withMisses) {
    lines.push('', `misses (${report.misses.length}):`);
    for (const m of report.misses) lines.push(`  [${m.expected} -> ${m.got}] ${m.m}`);
  }
  return lines.join('\n');
}
