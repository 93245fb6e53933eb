/**
 * The small template language the crisis rules are written in, compiled to regular expressions.
 *
 * Templates match normalised, spell-repaired text whose sentences are joined by " | ":
 *  - plain words and regular-expression groups: `(want|wish) to die`
 *  - `{slot}` inserts a named word class from the lexicon: `{kill} {me}`
 *  - ` ~ ` allows up to three other words in between, ` ~1 `..` ~9 ` up to that many:
 *    `took ~2 too many` matches "took way too many" and "took too many"
 * A template only matches whole words and never reaches across a sentence boundary.
 * `requiredSubstrings` reads a template for literals every match must contain, so the detector
 * can skip a rule whose literals are absent from a message without running its expression.
 */

/** Any one word: letters or digits, never the sentence separator. */
const WORD = '[^ |]+';

/** Compiles `template` to a global regular expression over whole words. Throws on an unknown slot. */
export function compileTemplate(template: string, slots: Readonly<Record<string, string>>): RegExp {
  const body = expand(template, slots);
  return new RegExp(`(?<![^ |])(?:${body})(?![^ |])`, 'g');
}

/** Like `compileTemplate` but anchored: matches only at the start of the text it is tested on. */
export function compileLeading(template: string, slots: Readonly<Record<string, string>>): RegExp {
  return new RegExp(`^(?:${expand(template, slots)})(?![^ |])`);
}

/** Like `compileTemplate` but anchored at the end of the text it is tested on. */
export function compileTrailing(template: string, slots: Readonly<Record<string, string>>): RegExp {
  return new RegExp(`(?<![^ |])(?:${expand(template, slots)})$`);
}

/** Like `compileTemplate` but not global: for "does this appear anywhere" tests. */
export function compileAnywhere(template: string, slots: Readonly<Record<string, string>>): RegExp {
  return new RegExp(`(?<![^ |])(?:${expand(template, slots)})(?![^ |])`);
}

function expand(template: string, slots: Readonly<Record<string, string>>): string {
  return template
    .replace(/\{(\w+)\}/g, (_match, name: string) => {
      const words = slots[name];
      if (words === undefined) throw new Error(`crisis rule template uses unknown slot {${name}}`);
      return `(?:${words})`;
    })
    .replace(/ ~([1-9]?) /g, (_match, max: string) => `(?: ${WORD}){0,${max === '' ? '3' : max}} `);
}

/** Literal strings one of which a match must contain; `undefined` when nothing is certain. */
type Required = readonly string[] | undefined;

/**
 * A quick necessary condition for a template: literal strings at least one of which every match
 * contains (`text.includes`). When none occurs in a text, the rule's regular expression cannot
 * match there and need not run. `undefined` when the template guarantees no literal (then the
 * rule always runs). Sound by construction: only text every match must contain is collected;
 * optional, repeated-zero and zero-width parts are skipped.
 */
export function requiredSubstrings(template: string, slots: Readonly<Record<string, string>>): Required {
  const parser = new RequiredParser(expand(template, slots));
  const found = parser.alternation();
  return parser.done() ? found : undefined;
}

/** The cost of a candidate: short strings occur in most texts and gate nothing. */
function weight(candidate: readonly string[]): number {
  let total = 0;
  for (const s of candidate) total += s.length >= 5 ? 1 : s.length === 4 ? 2 : s.length === 3 ? 6 : 40;
  return total;
}

function better(a: Required, b: Required): Required {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return weight(b) < weight(a) ? b : a;
}

/** A small recursive-descent reader of the regular-expression subset the templates use. */
class RequiredParser {
  private pos = 0;

  constructor(private readonly src: string) {}

  done(): boolean {
    return this.pos >= this.src.length;
  }

  /** alternative ('|' alternative)* — every branch must offer a candidate. */
  alternation(): Required {
    const branches: Required[] = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      branches.push(this.sequence());
    }
    if (branches.some((b) => b === undefined)) return undefined;
    return [...new Set(branches.flatMap((b) => b ?? []))];
  }

  /** The best candidate among the literal runs and groups every match of the sequence contains. */
  private sequence(): Required {
    let best: Required;
    let run = '';
    const flush = (): void => {
      const literal = run.trim();
      if (literal.length > 0) best = better(best, [literal]);
      run = '';
    };
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const ch = this.src[this.pos] ?? '';
      if (ch === '(') {
        const { required, zeroWidth } = this.group();
        const mandatory = this.quantifier();
        flush();
        if (!zeroWidth && mandatory) best = better(best, required);
        continue;
      }
      let literal: string | undefined;
      if (ch === '[') this.charClass();
      else if (ch === '\\') this.pos += 2;
      else {
        this.pos++;
        if (!'.^$'.includes(ch)) literal = ch;
      }
      const quantified = '?*+{'.includes(this.src[this.pos] ?? '.');
      const mandatory = this.quantifier();
      // A repeated letter ("b+") still occurs once, but the run cannot go on past it.
      if (literal !== undefined && mandatory) run += literal;
      if (literal === undefined || !mandatory || quantified) flush();
    }
    flush();
    return best;
  }

  /** Reads a group; lookarounds are zero-width and say nothing about the match itself. */
  private group(): { required: Required; zeroWidth: boolean } {
    this.pos++; // (
    let zeroWidth = false;
    if (this.src[this.pos] === '?') {
      const head = this.src.slice(this.pos, this.pos + 4);
      zeroWidth = head.startsWith('?=') || head.startsWith('?!') || head.startsWith('?<=') || head.startsWith('?<!');
      this.pos += head.startsWith('?<=') || head.startsWith('?<!') ? 3 : 2;
    }
    const required = this.alternation();
    if (this.src[this.pos] === ')') this.pos++;
    else this.pos = this.src.length; // unbalanced: give up on the whole template
    return { required, zeroWidth };
  }

  private charClass(): void {
    this.pos++; // [
    while (this.pos < this.src.length && this.src[this.pos] !== ']') this.pos += this.src[this.pos] === '\\' ? 2 : 1;
    this.pos++; // ]
  }

  /**
   * Consumes a quantifier after an atom. True when the atom must still occur at least once
   * (no quantifier, `+`, `{n,m}` with n >= 1); a lazy `?` suffix is consumed too.
   */
  private quantifier(): boolean {
    const ch = this.src[this.pos];
    let mandatory = true;
    if (ch === '?' || ch === '*') {
      this.pos++;
      mandatory = false;
    } else if (ch === '+') this.pos++;
    else if (ch === '{') {
      const close = this.src.indexOf('}', this.pos);
      const min = Number.parseInt(this.src.slice(this.pos + 1, close), 10);
      this.pos = close + 1;
      mandatory = min >= 1;
    } else return true;
    if (this.src[this.pos] === '?') this.pos++;
    return mandatory;
  }
}
