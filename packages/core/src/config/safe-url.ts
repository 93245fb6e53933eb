/**
 * URL checks for configured links and endpoints. Only http(s) URLs and same-origin paths pass:
 * `javascript:`, `data:`, `vbscript:`, protocol-relative `//host` and anything with spaces or
 * backslashes are refused, because these values end up in `href`s and `fetch` calls.
 */

export interface UrlRules {
  /** Accept same-origin paths such as `/api/leads` (default true). */
  readonly allowPath?: boolean;
  /**
   * Accept plain http://: true, false, or 'localhost' (the default), which accepts it only for
   * local development. A configured link sends a visitor, often on a bad day, somewhere: never in clear.
   */
  readonly allowHttp?: boolean | 'localhost';
}

export type UrlCheck =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly reason: 'unsafe-scheme' | 'insecure' | 'path-not-allowed' | 'malformed' };

const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?`;
const ABSOLUTE = new RegExp(
  String.raw`^(https?)://(${LABEL}(?:\.${LABEL})*|\[[0-9a-f:.]+\])(?::\d{1,5})?(?:[/?#][^\s\\<>"\x60]*)?$`,
  'iu',
);
const PATH = /^\/(?![/\\])[^\s\\<>"`]*$/u;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Checks an already-cleaned (trimmed, control-free) string. */
export function checkUrl(value: string, rules: UrlRules = {}): UrlCheck {
  const { allowPath = true, allowHttp = 'localhost' } = rules;
  if (value.length === 0 || value.length > 2048) return { ok: false, reason: 'malformed' };
  if (value.startsWith('/') && !value.startsWith('//')) {
    if (!allowPath) return { ok: false, reason: 'path-not-allowed' };
    return PATH.test(value) ? { ok: true, url: value } : { ok: false, reason: 'malformed' };
  }
  const match = ABSOLUTE.exec(value);
  if (!match) {
    const scheme = SCHEME.exec(value);
    const unsafe = scheme !== null && !/^https?:$/i.test(scheme[0]);
    return { ok: false, reason: unsafe ? 'unsafe-scheme' : 'malformed' };
  }
  const scheme = (match[1] ?? '').toLowerCase();
  const host = (match[2] ?? '').toLowerCase();
  if (scheme === 'http' && (allowHttp === false || (allowHttp === 'localhost' && !LOCAL_HOSTS.has(host)))) {
    return { ok: false, reason: 'insecure' };
  }
  return { ok: true, url: value };
}
