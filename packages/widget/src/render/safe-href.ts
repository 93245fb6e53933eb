/**
 * The last check before a URL becomes an `href`. Compiled answers and configuration were checked
 * when they were built or resolved; this re-checks at render time, so a tampered knowledge file or
 * a hand-written block can never put `javascript:` or `data:` into the page.
 */

const ALLOWED = /^(https?:|tel:|sms:|mailto:)/i;
// Control characters, whitespace, backslashes and quotes have no place in the links we render.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0020\u007f-\u009f\\"'<>`]/;

/** The href when it is http(s), tel, sms or mailto and well formed; otherwise undefined. */
export function safeHref(href: string): string | undefined {
  if (typeof href !== 'string' || href.length === 0 || href.length > 2048) return undefined;
  if (!ALLOWED.test(href) || FORBIDDEN.test(href)) return undefined;
  if (/^https?:/i.test(href)) {
    try {
      const url = new URL(href);
      return url.protocol === 'http:' || url.protocol === 'https:' ? href : undefined;
    } catch {
      return undefined;
    }
  }
  return href;
}

/** True for links that leave the page (they open in a new tab, so the chat stays). */
export function isWebLink(href: string): boolean {
  return /^https?:/i.test(href);
}
