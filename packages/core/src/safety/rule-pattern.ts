/**
 * The small template language the crisis rules are written in, compiled to regular expressions.
 *
 * Templates match normalised, spell-repaired text whose sentences are joined by " | ":
 *  - plain words and regular-expression groups: `(want|wish) to die`
 *  - `{slot}` inserts a named word class from the lexicon: `{kill} {me}`
 *  - ` ~ ` allows up to three other words in between, ` ~1 `..` ~9 ` up to that many:
 *    `took ~2 too many` matches "took way too many" and "took too many"
 * A template only matches whole words and never reaches across a sentence boundary.
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
