/**
 * The small template language the crisis rules are written in, compiled to regular expressions.
 *
 * Templates match normalised, spell-repaired text whose sentences are joined by " | ":
 *  - plain words and regular-expression groups: `(want|wish) to die`
 *  - `{slot}` inserts a named word class from the lexicon: `{kill} {me}`
 *  - ` ~ ` allows up to three other words in between, ` ~1 `..` ~9 ` up to that many:
 *    `took ~2 too many` matches "took way too many" and "took too many"
 * A template only matches whole words and never reaches across a sentence boundary.
 * `requiredSubstrings` and `requiredGate` read a template for what every match must contain;
 * the rule compiler stores it as the rule's gate, so the detector can skip a rule whose gate is
 * absent from a message without running its expression.
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

/** The regular-expression source of a template: slots and gaps written out. */
export function expand(template: string, slots: Readonly<Record<string, string>>): string {
  return expandGaps(
    template.replace(/\{(\w+)\}/g, (_match, name: string) => {
      const words = slots[name];
      if (words === undefined) throw new Error(`crisis rule template uses unknown slot {${name}}`);
      return `(?:${words})`;
    }),
  );
}

function expandGaps(template: string): string {
  return template.replace(/ ~([1-9]?) /g, (_match, max: string) => `(?: ${WORD}){0,${max === '' ? '3' : max}} `);
}

/**
 * One piece of what every match must contain: a literal run ("too many pill") or a whole slot
 * (`{me}`), with the literal strings one of which the piece itself always contains.
 */
interface Piece {
  /** The literal run itself, or `{slot}`. */
  readonly source: string;
  readonly literals: readonly string[];
  /** The cost of gating on this piece alone (see `weight`). */
  readonly weight: number;
}

/** Pieces one of which a match must contain; `undefined` when nothing is certain. */
type Required = readonly Piece[] | undefined;

/**
 * A quick necessary condition for a template: literal strings at least one of which every match
 * contains (`text.includes`). When none occurs in a text, the rule's regular expression cannot
 * match there and need not run. `undefined` when the template guarantees no literal (then the
 * rule always runs). Sound by construction: only text every match must contain is collected;
 * optional, repeated-zero and zero-width parts are skipped.
 */
export function requiredSubstrings(template: string, slots: Readonly<Record<string, string>>): readonly string[] | undefined {
  const pieces = requiredPieces(template, slots);
  return pieces === undefined ? undefined : literalsOf(pieces);
}

/**
 * The same necessary condition as `requiredSubstrings`, with each slot every match contains kept
 * as one `{slot}` instead of all of its words: a match contains one of the literal strings, or
 * a match of one of the slots. The rule compiler stores it as the rule's gate, so the detector
 * never reads templates to find its gates.
 */
export function requiredGate(template: string, slots: Readonly<Record<string, string>>): readonly string[] | undefined {
  return requiredPieces(template, slots)?.map((p) => p.source);
}

function requiredPieces(template: string, slots: Readonly<Record<string, string>>): Required {
  const parser = new RequiredParser(expandGaps(template), slots);
  const found = parser.alternation();
  return parser.done() ? found : undefined;
}

function literalsOf(pieces: readonly Piece[]): string[] {
  return pieces.length === 1 ? [...(pieces[0]?.literals ?? [])] : [...new Set(pieces.flatMap((p) => p.literals))];
}

/** The cost of a candidate: short strings occur in most texts and gate nothing. */
function weight(literals: readonly string[]): number {
  let total = 0;
  for (const s of literals) total += s.length >= 5 ? 1 : s.length === 4 ? 2 : s.length === 3 ? 6 : 40;
  return total;
}

function costOf(candidate: readonly Piece[]): number {
  return candidate.length === 1 ? (candidate[0]?.weight ?? 0) : weight(literalsOf(candidate));
}

function better(a: Required, b: Required): Required {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return costOf(b) < costOf(a) ? b : a;
}

function pieceOf(source: string, literals: readonly string[]): Piece {
  return { source, literals, weight: weight(literals) };
}

/**
 * A small recursive-descent reader of the regular-expression subset the templates use, with
 * gaps expanded and slots read as atoms (each slot once, as the group it expands to).
 */
class RequiredParser {
  private pos = 0;

  constructor(
    private readonly src: string,
    private readonly slots: Readonly<Record<string, string>>,
    private readonly slotCache = new Map<string, Required>(),
  ) {}

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
    const bySource = new Map<string, Piece>();
    for (const piece of branches.flatMap((b) => b ?? [])) if (!bySource.has(piece.source)) bySource.set(piece.source, piece);
    return [...bySource.values()];
  }

  /** The best candidate among the literal runs and groups every match of the sequence contains. */
  private sequence(): Required {
    let best: Required;
    let run = '';
    const flush = (): void => {
      const literal = run.trim();
      if (literal.length > 0) best = better(best, [pieceOf(literal, [literal])]);
      run = '';
    };
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const ch = this.src[this.pos] ?? '';
      if (ch === '(' || (ch === '{' && /[a-zA-Z_]/.test(this.src[this.pos + 1] ?? ''))) {
        const { required, zeroWidth } = ch === '(' ? this.group() : this.slot();
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

  /**
   * Reads `{name}`, the group `(?:words)` it expands to: its literals are the words' own; its
   * piece is the slot itself when the words promise anything. Throws on an unknown slot.
   */
  private slot(): { required: Required; zeroWidth: boolean } {
    const close = this.src.indexOf('}', this.pos);
    const name = this.src.slice(this.pos + 1, close);
    this.pos = close + 1;
    if (!this.slotCache.has(name)) {
      const words = this.slots[name];
      if (words === undefined) throw new Error(`crisis rule template uses unknown slot {${name}}`);
      const inner = new RequiredParser(`(?:${words})`, this.slots, this.slotCache);
      const { required } = inner.group();
      const pieces = inner.done() && required !== undefined ? [pieceOf(`{${name}}`, literalsOf(required))] : undefined;
      this.slotCache.set(name, pieces);
    }
    return { required: this.slotCache.get(name), zeroWidth: false };
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
    else if (ch === '{' && /[0-9]/.test(this.src[this.pos + 1] ?? '')) {
      const close = this.src.indexOf('}', this.pos);
      const min = Number.parseInt(this.src.slice(this.pos + 1, close), 10);
      this.pos = close + 1;
      mandatory = min >= 1;
    } else return true;
    if (this.src[this.pos] === '?') this.pos++;
    return mandatory;
  }
}
