/**
 * Shared by the hostile tests: a corpus of injection payloads, a deep scan of a DOM tree (shadow
 * roots included) for anything a payload could have turned into live markup, and small helpers
 * that drive a chat through its shadow root. Nothing here imports or defines `<iop-chat>`, so a
 * test may use the built chunk's element instead of the source one.
 */

/** The flag every payload sets when it runs (directly, or from a nested frame via `parent`). */
declare global {
  interface Window {
    __pwned?: unknown;
  }
}

export interface Payload {
  readonly name: string;
  readonly text: string;
}

const run = (n: number): string => `window.__pwned=${n}`;

/** 40 payloads: markup, event handlers, dangerous URLs, CSS, template syntax, encodings, bidi and size tricks. */
export const PAYLOADS: readonly Payload[] = [
  { name: 'script tag', text: `<script>${run(1)}</script>` },
  { name: 'img onerror', text: `<img src=x onerror="${run(2)}">` },
  { name: 'svg onload', text: `<svg onload="${run(3)}"></svg>` },
  { name: 'svg script', text: `<svg><script>${run(4)}</script></svg>` },
  { name: 'iframe srcdoc', text: `<iframe srcdoc="<script>parent.__pwned=5</script>"></iframe>` },
  { name: 'iframe javascript src', text: `<iframe src="javascript:parent.__pwned=6"></iframe>` },
  { name: 'anchor javascript href', text: `<a href="javascript:${run(7)}">click me</a>` },
  { name: 'anchor data href', text: `<a href="data:text/html,<script>${run(8)}</script>">open</a>` },
  { name: 'anchor vbscript href', text: '<a href="vbscript:msgbox(9)">open</a>' },
  { name: 'body onload', text: `<body onload="${run(10)}">` },
  { name: 'details ontoggle', text: `<details open ontoggle="${run(11)}"><summary>x</summary></details>` },
  { name: 'input autofocus onfocus', text: `<input autofocus onfocus="${run(12)}">` },
  { name: 'video source onerror', text: `<video><source onerror="${run(13)}"></video>` },
  { name: 'audio onerror', text: `<audio src=x onerror="${run(14)}"></audio>` },
  { name: 'object javascript data', text: `<object data="javascript:${run(15)}"></object>` },
  { name: 'embed javascript src', text: `<embed src="javascript:${run(16)}">` },
  { name: 'mXSS math/style', text: `<math><mtext><table><mglyph><style><img src=x onerror="${run(17)}">` },
  { name: 'style url javascript', text: `<div style="background:url(javascript:${run(18)})">x</div>` },
  { name: 'style expression', text: `<div style="width:expression(${run(19)})">x</div>` },
  { name: 'style @import', text: `<style>@import 'javascript:${run(20)}';</style>` },
  { name: 'template literal', text: '${window.__pwned=21} ${constructor.constructor("window.__pwned=21")()}' },
  { name: 'mustache', text: `{{constructor.constructor('${run(22)}')()}} {{{${run(22)}}}}` },
  { name: 'server template', text: `<%= ${run(23)} %> #{${run(23)}} [[${run(23)}]]` },
  { name: 'named entities', text: `&lt;img src=x onerror=${run(24)}&gt; &amp;lt;script&amp;gt;` },
  { name: 'numeric entities', text: `&#60;script&#62;${run(25)}&#60;/script&#62; &#x3C;svg onload=${run(25)}&#x3E;` },
  { name: 'bidi override', text: `\u202e<img src=x onerror=${run(26)}>\u202c gnp.exe \u2066rtl\u2069` },
  { name: 'zero-width split tag', text: `<scr\u200bipt>${run(27)}</scr\u200bipt> <i\u200dmg src=x on\u200berror=${run(27)}>` },
  { name: 'fullwidth brackets', text: `\uff1cscript\uff1e${run(28)}\uff1c/script\uff1e` },
  { name: 'attribute breakout double', text: `"><img src=x onerror=${run(29)}>` },
  { name: 'attribute breakout single', text: `'><svg/onload=${run(30)}>` },
  { name: 'textarea breakout', text: `</textarea><script>${run(31)}</script>` },
  { name: 'noscript breakout', text: `<noscript><p title="</noscript><img src=x onerror=${run(32)}>">` },
  { name: 'form action', text: `<form action="javascript:${run(33)}"><button>go</button></form>` },
  { name: 'meta refresh', text: `<meta http-equiv="refresh" content="0;url=javascript:${run(34)}">` },
  { name: 'base href', text: `<base href="javascript:${run(35)}//">` },
  { name: 'template element', text: `<template><img src=x onerror=${run(36)}></template><img src=x onerror=${run(36)}>` },
  { name: 'bare javascript url', text: `javascript:${run(37)}` },
  { name: 'data url base64', text: 'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0zODwvc2NyaXB0Pg==' },
  { name: 'null byte and controls', text: `<img\u0000 src=x\u0001 onerror=${run(39)}>\u0007\u001b[31m` },
  { name: 'long repeated payload', text: `<img src=x onerror=${run(40)}>`.repeat(60).slice(0, 1900) },
  { name: 'emoji and rtl mix', text: `\u{1F468}\u200d\u{1F469}\u200d\u{1F467} مرحبا שלום <svg onload=${run(41)}> \u{1F4A3}` },
  { name: 'unicode escapes', text: `<img src=x onerror="\\u0077indow.__pwned=42"> \\x3cscript\\x3e${run(42)}\\x3c/script\\x3e` },
];

/** Tags no chat content ever needs. The chat's own `<svg>` icons are checked separately. */
const FORBIDDEN_TAGS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'img', 'image', 'picture', 'source', 'video',
  'audio', 'track', 'base', 'meta', 'link', 'style', 'template', 'noscript', 'marquee', 'math', 'isindex', 'body',
  'html', 'head', 'title', 'details', 'mglyph', 'mtext', 'table',
]);
/** Attributes that load or run something, wherever they appear. */
const URL_ATTRIBUTES = ['src', 'srcdoc', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'ping', 'xlink:href'];
/** The only links a chat may render: http(s), tel, sms and mailto, without quotes, spaces or controls. */
// eslint-disable-next-line no-control-regex
const SAFE_LINK = /^(https?:|tel:|sms:|mailto:)[^\u0000-\u0020\u007f-\u009f\\"'<>`]*$/i;

/** Every element under `root`, descending into open shadow roots. */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    out.push(element);
    if (element.shadowRoot) out.push(...deepElements(element.shadowRoot));
  }
  return out;
}

/**
 * Everything under `root` that looks like injected markup: forbidden elements, event-handler
 * attributes, loading attributes, links outside the allow-list, styles with URLs or expressions,
 * and `<svg>` that is not one of the chat's decorative icons. Empty when all is well. Elements in
 * `skip` (say, the test runner's own scripts) are not reported.
 */
export function findDangerous(root: ParentNode, skip: ReadonlySet<Element> = new Set()): string[] {
  const found: string[] = [];
  for (const element of deepElements(root)) {
    if (skip.has(element)) continue;
    const tag = element.localName.toLowerCase();
    const where = `<${tag}${element.id ? `#${element.id}` : ''}>`;
    if (FORBIDDEN_TAGS.has(tag)) found.push(`${where} element`);
    for (const { name, value } of Array.from(element.attributes)) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) found.push(`${where} ${name}="${value.slice(0, 40)}"`);
      if (URL_ATTRIBUTES.includes(lower)) found.push(`${where} ${name}="${value.slice(0, 40)}"`);
      if (lower === 'style' && /url\(|expression|javascript|@import/i.test(value)) found.push(`${where} style="${value.slice(0, 40)}"`);
    }
    const href = element.getAttribute('href');
    if (href !== null && !(tag === 'a' && SAFE_LINK.test(href))) found.push(`${where} href="${href.slice(0, 60)}"`);
    if (tag === 'svg') {
      const icon = element.getAttribute('aria-hidden') === 'true' && [...element.querySelectorAll('*')].every((c) => c.localName === 'path');
      if (!icon) found.push(`${where} that is not a decorative icon`);
    }
  }
  return found;
}

/** The shadow root of a chat (or loader) host. */
export function rootOf(host: Element): ShadowRoot {
  const root = host.shadowRoot;
  if (!root) throw new Error(`<${host.localName}> has no open shadow root`);
  return root;
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type, as with querySelector<E>
export function query<E extends Element = HTMLElement>(host: Element, selector: string): E {
  const found = rootOf(host).querySelector<E>(selector);
  if (!found) throw new Error(`nothing matches ${selector} in <${host.localName}>`);
  return found;
}

export function queryAll<E extends Element = HTMLElement>(host: Element, selector: string): E[] {
  return [...rootOf(host).querySelectorAll<E>(selector)];
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits (checking every 10 ms) until `check` is true; fails after `ms` naming `what`. */
export async function waitFor(check: () => boolean, what: string, ms = 4000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(10);
  }
}

/** The element's pending Lit update, when it is a Lit element. */
export async function rendered(host: Element): Promise<void> {
  await (host as Element & { updateComplete?: Promise<unknown> }).updateComplete;
}

/** Text of the transcript's messages, without the screen-reader sender labels. */
export function transcript(host: Element): string[] {
  return queryAll(host, '.transcript .message').map((m) => {
    const clone = m.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.visually-hidden').forEach((n) => {
      n.remove();
    });
    return clone.textContent.replace(/\s+/g, ' ').trim();
  });
}

/** Types `text` into the composer, sends it, and waits for the reply to be on screen. */
export async function send(host: Element, text: string): Promise<void> {
  const input = query<HTMLTextAreaElement>(host, '#composer-input');
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await rendered(host);
  query(host, '.composer .send').click();
  await rendered(host);
  await waitFor(() => rootOf(host).querySelector('.typing') === null, 'the reply');
  await rendered(host);
}

/** Every resource the page requested so far (Resource Timing, observed and buffered). */
export class RequestLog {
  private readonly seen = new Set<string>();
  private readonly observer: PerformanceObserver;

  constructor() {
    this.observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) this.seen.add(entry.name);
    });
    this.observer.observe({ type: 'resource', buffered: true });
  }

  urls(): string[] {
    for (const entry of performance.getEntriesByType('resource')) this.seen.add(entry.name);
    return [...this.seen];
  }

  /** URLs requested from anywhere but this page's origin. */
  foreign(): string[] {
    return this.urls().filter((url) => new URL(url, location.href).origin !== location.origin);
  }

  stop(): void {
    this.observer.disconnect();
  }
}

/** Uncaught errors and unhandled rejections on the page while it listens. */
export class PageErrors {
  readonly errors: string[] = [];
  private readonly onError = (event: ErrorEvent): void => {
    this.errors.push(`error: ${event.message}`);
  };
  private readonly onRejection = (event: PromiseRejectionEvent): void => {
    this.errors.push(`unhandled rejection: ${String(event.reason)}`);
  };

  constructor() {
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
  }

  stop(): void {
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
  }
}

/** `iop-chat:` keys in a storage area. */
export function chatKeys(storage: Storage): string[] {
  return Object.keys(storage).filter((key) => key.startsWith('iop-chat:'));
}
