/**
 * A fuse.js searcher (registered through fuse's `Fuse.use` extension point) for our exact,
 * whole-word tokens. It scores exactly like fuse's own token search (each query word weighted by
 * its inverse document frequency over the indexed fields; an entry scores by the share of that
 * weight it contains) but finds each word with `indexOf` instead of running the bitap fuzzy
 * matcher, which with a threshold of 0 could only ever confirm what `indexOf` already found.
 * fuse still does everything else: keys and their weights, field-length norms, ranking.
 */
// The same build knowledge-base.ts searches with: Fuse.use registers with the build it is called on.
import Fuse from 'fuse.js/basic';

/** Per-field document frequencies, counted as fuse's token search counts them. */
export interface TokenStats {
  readonly df: Map<string, number>;
  fieldCount: number;
}

/** The option that selects this searcher. */
export interface ExactTokenOptions {
  readonly exactTokens?: TokenStats;
}

/** Splits an indexed text or a query (`_a_ _b_`) into its tokens. */
function tokens(text: string): string[] {
  return text.length === 0 ? [] : text.split(' ').filter((t) => t.length > 0);
}

/** Counts, for each token, how many indexed fields contain it, and how many fields there are. */
export function countTokens(records: readonly unknown[], stats: TokenStats = { df: new Map(), fieldCount: 0 }): TokenStats {
  stats.df.clear();
  stats.fieldCount = 0;
  for (const record of records) {
    const fields = (record as { $?: Record<string, unknown> }).$ ?? {};
    for (const field of Object.values(fields)) {
      for (const value of Array.isArray(field) ? field : [field]) {
        const text = (value as { v?: unknown } | null)?.v;
        if (typeof text !== 'string') continue;
        const distinct = new Set(tokens(text));
        if (distinct.size === 0) continue;
        stats.fieldCount++;
        for (const token of distinct) stats.df.set(token, (stats.df.get(token) ?? 0) + 1);
      }
    }
  }
  return stats;
}

/** What fuse's bitap reports for an exact match (its score floor). */
const EXACT = 0.001;

export class ExactTokenSearch {
  static condition(_pattern: string, options: ExactTokenOptions): boolean {
    return options.exactTokens !== undefined;
  }

  private readonly terms: string[];
  private readonly weights: number[];
  private readonly total: number;

  constructor(pattern: string, options: ExactTokenOptions) {
    const stats = options.exactTokens ?? { df: new Map<string, number>(), fieldCount: 0 };
    this.terms = tokens(pattern);
    this.weights = this.terms.map((term) => {
      const docFreq = stats.df.get(term) ?? 0;
      return Math.log(1 + (stats.fieldCount - docFreq + 0.5) / (docFreq + 0.5));
    });
    this.total = this.weights.reduce((sum, w) => sum + w, 0);
  }

  searchIn(text: string): { isMatch: boolean; score: number } {
    let matched = 0;
    let any = false;
    for (let i = 0; i < this.terms.length; i++) {
      if (text.includes(this.terms[i] ?? '')) {
        any = true;
        matched += (this.weights[i] ?? 0) * (1 - EXACT);
      }
    }
    if (!any) return { isMatch: false, score: 1 };
    return { isMatch: true, score: Math.max(EXACT, this.total > 0 ? 1 - matched / this.total : 0) };
  }
}

let registered = false;

/** Registers the searcher with fuse once, when knowledge is first loaded (never at import). */
export function useExactTokenSearch(): void {
  if (registered) return;
  Fuse.use(ExactTokenSearch);
  registered = true;
}
