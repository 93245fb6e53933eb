// Small statistics and formatting helpers for the benchmark report.

/** The q-quantile (0..1) of `values` by the nearest-rank method; NaN for an empty list. */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

export const median = (values) => quantile(values, 0.5);
export const p95 = (values) => quantile(values, 0.95);

/** Milliseconds for people: "0.041 ms", "12.3 ms", "1 204 ms". */
export function ms(value) {
  if (!Number.isFinite(value)) return 'n/a';
  if (value < 1) return `${value.toFixed(3)} ms`;
  if (value < 100) return `${value.toFixed(1)} ms`;
  return `${Math.round(value)} ms`;
}

/** Bytes for people, in KB of 1024 bytes: "4.07 KB". */
export function kb(bytes) {
  return Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(2)} KB` : 'n/a';
}

/**
 * One report line: what was measured, the value, the goal and PASS/OVER. A missing value (the
 * measurement failed) is reported as n/a with its reason instead of PASS or OVER.
 */
export function verdict(label, shown, pass, goal) {
  const mark = pass === undefined ? ' n/a' : pass ? 'PASS' : 'OVER';
  return `  ${mark}  ${label.padEnd(46)} ${shown.padStart(12)}   goal ${goal}`;
}
