/**
 * Loads the lazy chunk (`iop-chat-app.js`, beside the loader) with dynamic `import()`, once.
 * A failed attempt is forgotten so the next call tries again, and every later attempt adds
 * `retry=<n>` to the URL: browsers remember a failed module URL for the life of the page, so
 * asking for the same URL again would fail without touching the network.
 */
import type { ChatChunk } from './mount-options.js';

export type ImportChunk = (url: string) => Promise<ChatChunk>;

export interface ChunkLoader {
  /** The chunk, loading it if needed. Rejects when it cannot be loaded. */
  load(): Promise<ChatChunk>;
  /** Fetches the chunk without running it (`<link rel="modulepreload">`), where browsers can. */
  prefetch(): void;
}

/** A chunk's URL: beside the script, with the script's query (`?v=3`) so one version bump busts all. */
export function chunkUrlFor(scriptSrc: string, name = 'iop-chat-app.js'): URL {
  const url = new URL(name, scriptSrc);
  url.search = new URL(scriptSrc).search;
  return url;
}

export function createChunkLoader(base: URL, importChunk: ImportChunk = (url) => import(url) as Promise<ChatChunk>): ChunkLoader {
  let pending: Promise<ChatChunk> | undefined;
  let attempts = 0;
  return {
    load() {
      if (!pending) {
        const url = new URL(base);
        if (attempts) url.searchParams.set('retry', String(attempts));
        attempts++;
        pending = importChunk(url.href).catch((error: unknown) => {
          pending = undefined;
          throw error;
        });
      }
      return pending;
    },
    prefetch() {
      if (attempts) return;
      // Browsers without modulepreload ignore the link; the chunk then loads on intent as usual.
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = base.href;
      // A failed preload marks the URL as failed: make the next import use a fresh one.
      link.onerror = () => (attempts ||= 1);
      document.head.append(link);
    },
  };
}
