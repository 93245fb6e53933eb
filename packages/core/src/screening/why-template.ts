/**
 * The placeholders a result's "why" lines may use: `{score:<scale>}`, `{max:<scale>}` and
 * `{cutoff:<scale>}`, filled in from the visitor's scores ("scored 5 out of 12").
 */
import type { ScaleResult } from './screening-state.js';

const PLACEHOLDER = /\{(score|max|cutoff):([^{}\s]*)\}/g;

/** Every placeholder in `text`, with the scale id it names. */
export function placeholders(text: string): { readonly token: string; readonly scale: string }[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ token: m[0], scale: m[2] ?? '' }));
}

/** `text` with each placeholder replaced; one naming an unknown scale is left as written. */
export function fillWhy(text: string, scales: readonly ScaleResult[]): string {
  return text.replace(PLACEHOLDER, (token, field: 'score' | 'max' | 'cutoff', id: string) => {
    const scale = scales.find((s) => s.id === id);
    return scale ? String(scale[field]) : token;
  });
}
