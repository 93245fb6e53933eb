/**
 * The script-tag loader's behaviour: draws the lightweight launcher at once, loads the full chat
 * when the visitor shows intent (hover, focus, press, click) and swaps it in, or, inline, loads it
 * into its target straight away. When the chat cannot load, the visitor is offered the
 * center's phone and the crisis lines, and can try again. When storage holds a contact request a
 * previous page could not send, the small outbox drain sends it without waiting for the visitor,
 * and hands it over to the chat if the chat loads. Nothing here throws into the host page.
 */
import { createChunkLoader, chunkUrlFor, type ImportChunk } from './chunk-loader.js';
import { claimScript, hasLauncher } from './find-script.js';
import { requestKnowledge, type KnowledgeRequest } from './knowledge-request.js';
import { readLoaderOptions } from './loader-options.js';
import { createLoaderView } from './loader-view.js';
import { mark } from './marks.js';
import type { OutboxDrain, OutboxDrainChunk } from './mount-options.js';
import { hasWaitingLeads } from './waiting-leads.js';

export interface LoaderDeps {
  /** Loads the chunk; tests pass their own. Default: `import(url)`. */
  readonly importChunk?: ImportChunk;
  /** Receives warnings. Default: `console.warn`. */
  readonly warn?: (message: string) => void;
  /** After a click, how long loading may take before the fallback panel is offered. Default 8000 ms. */
  readonly slowMs?: number;
  /** Prefetch the chunk (without running it) once the page is idle. Default true. */
  readonly prefetch?: boolean;
  /** Loads the outbox drain; tests pass their own. Default: `import(url)`. */
  readonly importDrain?: (url: string) => Promise<OutboxDrainChunk>;
}

export interface LoaderHandle {
  /** The loader's own element: the lightweight launcher, or the inline fallback's host. */
  readonly host: HTMLElement;
  /** Loads and mounts the chat (`open` also opens it): `<iop-chat>`, or undefined when it failed. */
  load(open: boolean): Promise<HTMLElement | undefined>;
  /** Removes what the loader added. */
  destroy(): void;
}

/** Starts the loader for `script`; undefined when that script has been handled already. */
export function startLoader(script: HTMLScriptElement, deps: LoaderDeps = {}): LoaderHandle | undefined {
  if (!claimScript(script)) return undefined;
  const warn =
    deps.warn ??
    ((message: string) => {
      console.warn(message);
    });
  const options = readLoaderOptions(script, warn);
  const chunks = createChunkLoader(chunkUrlFor(script.src), deps.importChunk);
  // Listeners go on the loader's own elements (gone with them) or run once: nothing to remove later.
  const listen = (target: EventTarget, type: string, handler: () => void): void => {
    target.addEventListener(type, handler, { once: target === window || target === document });
  };

  let inline = options.inline;
  let target: Element | null | undefined;
  let view = createLoaderView(options, inline);
  let mounted: Promise<HTMLElement | undefined> | undefined;
  let wantOpen = false;
  /** A pointer is down on the launcher: swapping now would swallow its click. */
  let pressed = false;
  let released = (): void => undefined;
  let slowTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let destroyed = false;
  /** The outbox drain, while storage held a waiting contact request. */
  let drain: Promise<OutboxDrain | undefined> | undefined;
  /** The knowledge file (`data-knowledge`), asked for once, as the chat starts loading. */
  let knowledge: KnowledgeRequest | undefined;
  let handingOver = false;

  const letGo = (): void => {
    pressed = false;
    released();
  };

  const mount = async (): Promise<HTMLElement | undefined> => {
    try {
      // Beside the chat's code, so both arrive together, and only on this origin (the chat checks
      // the URL with core, then reads this answer or asks itself).
      const file = options.attributes['data-knowledge'];
      if (file) knowledge ??= requestKnowledge(file);
      const chunk = await chunks.load();
      if (pressed) await new Promise<void>((resolve) => (released = resolve));
      if (destroyed) return undefined;
      const openAtMount = wantOpen;
      handingOver = true;
      const { element } = await chunk.mountFromLoader({
        attributes: options.attributes,
        mode: inline ? 'inline' : 'launcher',
        target: target ?? undefined,
        open: openAtMount,
        focus: !openAtMount && view.launcherHasFocus(),
        reported: options.reported,
        drain,
        knowledge,
      });
      clearTimeout(slowTimer);
      view.host.remove();
      // A click on this launcher while the chat was being put in its place (after a hover started
      // the load) still opens it: the visitor asked, and must not have to ask twice.
      if (wantOpen && !openAtMount) (element as HTMLElement & { open?: () => void }).open?.();
      return element;
    } catch (error) {
      clearTimeout(slowTimer);
      warn(`iop-chat: could not load the chat: ${String(error)}`);
      if (target && !view.host.isConnected) target.append(view.host);
      if (wantOpen || inline) view.showPanel(wantOpen, ++failures > 1 ? 'Still not loading. Please call, or try again later.' : '');
      return (mounted = undefined);
    }
  };

  const load = (open: boolean): Promise<HTMLElement | undefined> => {
    if (open) {
      if (!wantOpen) {
        mark('intent');
        // 'ready': the opened chat has rendered a frame, so its composer can take focus.
        listen(document, 'iop-chat-open', () => {
          requestAnimationFrame(() => {
            mark('ready');
          });
        });
      }
      wantOpen = true;
      view.button?.setAttribute('aria-busy', 'true');
      clearTimeout(slowTimer);
      slowTimer = setTimeout(() => {
        view.showPanel(true);
      }, deps.slowMs ?? 8000);
    }
    return (mounted ??= mount());
  };

  const startLauncher = (button: HTMLButtonElement): void => {
    document.body.append(view.host);
    mark('launcher-drawn');
    // A contact request a previous page could not send goes out now, not when the visitor next
    // reaches for the chat; the drain is fetched only when one is waiting.
    if (hasWaitingLeads(options.attributes['data-persistence'])) {
      const importDrain = deps.importDrain ?? ((url: string) => import(url) as Promise<OutboxDrainChunk>);
      drain = importDrain(chunkUrlFor(script.src, 'iop-chat-outbox.js').href)
        .then((chunk) => (handingOver || destroyed ? undefined : chunk.drainOutbox(options.attributes)))
        .catch(() => undefined);
    }
    // In the next frame, when styles are computed anyway: no extra style work now.
    requestAnimationFrame(view.fitColors);
    const prefetch = (): void => void load(false);
    listen(button, 'pointerenter', prefetch);
    listen(button, 'focus', prefetch);
    listen(button, 'pointerdown', () => {
      // The click (if any) comes when the pointer is released; if none does, stop waiting soon.
      pressed = true;
      setTimeout(letGo, 1000);
      prefetch();
    });
    listen(button, 'click', () => {
      void load(true);
      letGo();
    });
    const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
    if (deps.prefetch === false || connection?.saveData) return;
    const idle = (): void => {
      const run = (): void => {
        if (!destroyed) chunks.prefetch();
      };
      if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 5000 });
      else setTimeout(run, 1500);
    };
    if (document.readyState === 'complete') idle();
    else listen(window, 'load', idle);
  };

  const start = (): void => {
    try {
      if (destroyed) return;
      if (inline) {
        const selector = options.target;
        try {
          target = selector ? document.querySelector(selector) : undefined;
        } catch {
          // Not a valid selector: reported below like a missing target.
        }
        // The chat is part of the page there, so it loads now rather than on intent.
        if (target) {
          void load(false);
        } else {
          warn(`iop-chat: data-target ${JSON.stringify(selector ?? '')} matches nothing; the launcher is used instead.`);
          inline = false;
          view = createLoaderView(options, false);
        }
      }
      listen(view.retry, 'click', () => {
        view.showPanel(false, 'Trying again…');
        void load(!inline);
      });
      if (view.button) {
        if (hasLauncher()) warn('iop-chat: a chat launcher is on this page already.');
        else startLauncher(view.button);
      }
    } catch (error) {
      warn(`iop-chat: ${String(error)}`);
    }
  };
  // An inline target may come later in the page than the script: wait for the whole document.
  if ((document.body as HTMLElement | null) && !(inline && document.readyState === 'loading')) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });

  return {
    get host() {
      return view.host;
    },
    load,
    destroy() {
      destroyed = true;
      void drain?.then((running) => running?.handOver());
      clearTimeout(slowTimer);
      view.host.remove();
    },
  };
}
