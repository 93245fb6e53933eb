/**
 * Helpers for the loader's browser tests: a script tag that is never executed (so each test
 * controls when the loader starts), a fake chat chunk that records what the loader asked of it,
 * and access to what the loader drew in its shadow root.
 */
import type { ChatChunk, MountOptions } from '../../src/loader/mount-options.js';
import { startLoader, type LoaderDeps, type LoaderHandle } from '../../src/loader/loader.js';

/** Where the fixture chunk lives: `fixtures/iop-chat-app.js` beside a notional `fixtures/iop-chat.js`. */
export const FIXTURE_SCRIPT = new URL('./fixtures/iop-chat.js', import.meta.url).href;

/** A `<script>` with these data attributes (names without `data-`), not in the document. */
export function scriptTag(data: Readonly<Record<string, string>> = {}, src = FIXTURE_SCRIPT): HTMLScriptElement {
  const script = document.createElement('script');
  script.setAttribute('src', src);
  script.type = 'text/plain';
  for (const [name, value] of Object.entries(data)) script.setAttribute(`data-${name}`, value);
  return script;
}

export interface FakeChunk {
  readonly importChunk: (url: string) => Promise<ChatChunk>;
  /** URLs the loader imported, in order. */
  readonly urls: string[];
  /** Options each `mountFromLoader` call received. */
  readonly mounts: MountOptions[];
}

/**
 * A chunk whose imports fail `failures` times, then succeed with a `mountFromLoader` that appends
 * a stand-in `<iop-chat>` (dispatching `iop-chat-open` when asked to open).
 */
export function fakeChunk(failures = 0): FakeChunk {
  const urls: string[] = [];
  const mounts: MountOptions[] = [];
  let failuresLeft = failures;
  const chunk: ChatChunk = {
    mountFromLoader(options) {
      mounts.push(options);
      const element = document.createElement('iop-chat');
      element.setAttribute('mode', options.mode);
      (options.target ?? document.body).append(element);
      if (options.open) element.dispatchEvent(new Event('iop-chat-open', { bubbles: true, composed: true }));
      return Promise.resolve({ element });
    },
  };
  return {
    urls,
    mounts,
    importChunk(url) {
      urls.push(url);
      if (failuresLeft-- > 0) return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      return Promise.resolve(chunk);
    },
  };
}

const started: LoaderHandle[] = [];

/** Starts a loader that is cleaned up by `cleanUp()`; prefetching is off unless asked for. */
export function start(script: HTMLScriptElement, deps: LoaderDeps = {}): LoaderHandle {
  const handle = startLoader(script, { prefetch: false, warn: () => undefined, ...deps });
  if (!handle) throw new Error('the loader did not start');
  started.push(handle);
  return handle;
}

export function cleanUp(): void {
  for (const handle of started.splice(0)) handle.destroy();
  for (const element of document.querySelectorAll('iop-chat, iop-chat-loader, link[rel=modulepreload]')) element.remove();
}

/** An element inside the loader's shadow root. */
export function part(handle: LoaderHandle, selector: string): HTMLElement {
  const found = handle.host.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export const launcher = (handle: LoaderHandle): HTMLButtonElement => part(handle, 'button.l') as HTMLButtonElement;
export const panel = (handle: LoaderHandle): HTMLElement => part(handle, '.p');

/** Resolves after `ms` milliseconds. */
export const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` returns true (checking every frame), failing after `ms` (generous: a loaded
 * CI machine must not fail a test that only waits). */
export async function until(check: () => boolean, ms = 8000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out after ${ms} ms`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
