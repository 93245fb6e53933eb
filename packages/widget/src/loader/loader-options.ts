/**
 * The few script-tag attributes the loader itself needs before the chat has loaded: where and how
 * to draw the launcher, and what the fallback panel offers. Only the values the loader uses are
 * checked here, by core's rules; everything else is checked by core in the lazy chunk. A bad value
 * is named in one console warning and its default is used.
 */
import { crisisLinesFor, type CrisisLines } from './crisis-lines.js';

export interface LoaderOptions {
  readonly inline: boolean;
  /** `data-target`: the selector an inline chat mounts into. */
  readonly target: string | undefined;
  readonly left: boolean;
  /** Undefined: the page's `--iop-chat-z-index`, else 2147483000. */
  readonly zIndex: string | undefined;
  readonly primaryColor: string | undefined;
  readonly label: string;
  readonly title: string;
  readonly centerName: string | undefined;
  /** The center's phone as written, and its dialable form; undefined when missing or not a number. */
  readonly phone: readonly [text: string, dial: string] | undefined;
  readonly crisis: CrisisLines;
  /** Every `data-*` attribute as written, passed on to the chunk. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Attributes warned about here (the chunk does not pass them on, so they are not reported twice). */
  readonly reported: readonly string[];
}

/** Reads the loader's options from the script tag; `warn` receives one sentence per bad value. */
export function readLoaderOptions(script: Element, warn: (message: string) => void): LoaderOptions {
  const attributes: Record<string, string> = {};
  for (const { name, value } of Array.from(script.attributes)) if (name.startsWith('data-')) attributes[name] = value;
  const reported: string[] = [];
  // Shown with textContent only, so no cleaning beyond trimming is needed here; core cleans for the chat.
  const line = (name: string, max: number): string | undefined => attributes[name]?.trim().slice(0, max) || undefined;
  /** The trimmed value when `valid` accepts it; otherwise a warning naming the attribute. */
  const check = (name: string, valid: (value: string) => boolean, hint: string): string | undefined => {
    const value = attributes[name]?.trim();
    if (!value || valid(value)) return value || undefined;
    reported.push(name);
    warn(`iop-chat: ${name} ${JSON.stringify(value.slice(0, 40))} is not valid (${hint}); the default is used.`);
    return undefined;
  };
  const choice = (name: string, a: string, b: string): string | undefined =>
    check(name, (v) => v.toLowerCase() === a || v.toLowerCase() === b, `use ${a} or ${b}`)?.toLowerCase();

  // Core's phone rule: 7-15 digits, an optional leading +, the usual separators, no letters.
  const phone = line('data-phone', 40);
  const digits = phone?.replace(/\D/g, '') ?? '';
  return {
    inline: choice('data-mode', 'launcher', 'inline') === 'inline',
    target: line('data-target', 200),
    left: choice('data-position', 'right', 'left') === 'left',
    zIndex: check('data-z-index', (v) => /^\d{1,10}$/.test(v) && Number(v) < 2 ** 31, 'use a whole number'),
    // Core's colour rule: a plain colour (hex, rgb(), hsl(), ... or a name), nothing that could escape.
    primaryColor: check(
      'data-primary-color',
      (v) => v.length < 81 && !/[;{}<>"'\\]|(url|var|calc|expression|attr|env)\(|\(.*\(/i.test(v) && CSS.supports('color', v),
      'use a CSS colour',
    ),
    label: line('data-launcher-label', 60) ?? 'Chat with us',
    title: line('data-title', 80) ?? 'Questions about our program',
    centerName: line('data-center-name', 120),
    phone: phone && /^\+?[\d\s().\-/]+$/.test(phone) && digits.length > 6 && digits.length < 16 ? [phone, (phone.startsWith('+') ? '+' : '') + digits] : undefined,
    crisis: crisisLinesFor(attributes['data-crisis-country'] ?? attributes['data-crisis-pack']),
    attributes,
    reported,
  };
}
