/**
 * The script tag's knowledge file (`data-knowledge`), on the chat's side: a chunk of its own beside
 * `iop-chat-app.js`, which imports it only when the script tag names a file. The URL is checked by
 * core exactly as configuration checks `knowledgeUrl` (an https URL or a same-origin path); the
 * loader's request is used when it asked for that very URL (else the chat asks itself); the answer
 * is read with a cap and a time limit; and the text is checked by core's `readKnowledgeFile` (the
 * `extraKnowledge` check, and nothing a build would not write). What comes out is given to
 * `<iop-chat>` as `extraKnowledge`. Anything wrong is one console warning naming `data-knowledge`
 * and why, and the chat answers from its default knowledge: it never waits longer than the time
 * limit, and the crisis check and crisis card do not depend on the file at all. */
import { readCapped, readKnowledgeFile, resolveConfig, type KnowledgeEntry, type KnowledgeFileResult } from '@iop-chat/core';
import { requestKnowledge, type KnowledgeRequest } from './knowledge-request.js';

/** A larger file is not read (the default knowledge with a center's entries is about 90 KB). */
export const KNOWLEDGE_MAX_BYTES = 512 * 1024;
/** How long the chat waits for the file (response and body), from when its code is in. */
export const KNOWLEDGE_TIMEOUT_MS = 3000;

export interface KnowledgeFileOptions {
  /** Default `console.warn`. */
  readonly warn?: (message: string) => void;
  /** Default KNOWLEDGE_TIMEOUT_MS. */
  readonly timeoutMs?: number;
}

const refuse = (reason: string): KnowledgeFileResult => ({ ok: false, reason });

function cancelBody(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

/** The answer to `request`, read and checked, within `timeoutMs`. */
async function readFile(request: KnowledgeRequest, timeoutMs: number): Promise<KnowledgeFileResult> {
  // Only this time limit aborts a request that is read.
  const timer = setTimeout(() => {
    request.stop.abort();
  }, timeoutMs);
  const tooLarge = `it is larger than ${KNOWLEDGE_MAX_BYTES / 1024} KB`;
  try {
    const response = await request.response;
    if (!(response instanceof Response)) {
      // fetch failed: a network error, a redirect (never followed), CORS, or our own time limit.
      throw response;
    }
    if (!response.ok) {
      cancelBody(response);
      return refuse(`the server answered ${response.status}`);
    }
    if (/html/i.test(response.headers.get('content-type') ?? '')) {
      cancelBody(response);
      return refuse('the server sent a web page (text/html), not the file');
    }
    if (Number(response.headers.get('content-length')) > KNOWLEDGE_MAX_BYTES) {
      cancelBody(response);
      return refuse(tooLarge);
    }
    const text = await readCapped(response, KNOWLEDGE_MAX_BYTES);
    return text === undefined ? refuse(tooLarge) : readKnowledgeFile(text);
  } catch {
    return refuse(
      request.stop.signal.aborted
        ? `it did not arrive within ${timeoutMs / 1000} s`
        : 'it could not be fetched (a network error, a redirect, or another origin that does not allow it)',
    );
  } finally {
    clearTimeout(timer);
  }
}

/** `url` resolved against `base`; undefined when it cannot be. */
function absoluteUrl(url: string, base: string): string | undefined {
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

/** What each loader request came to, so that a second mount (after a failed one) reads it once. */
const outcomes = new WeakMap<KnowledgeRequest, Promise<readonly KnowledgeEntry[] | undefined>>();

/**
 * The entries of the file `data-knowledge` names (`value`, as written), or undefined when there is
 * none to use, after one warning. `started` is the loader's request, if it made one.
 */
export function knowledgeFromScriptTag(
  value: string | undefined,
  started: KnowledgeRequest | undefined,
  options: KnowledgeFileOptions = {},
): Promise<readonly KnowledgeEntry[] | undefined> {
  const known = started && outcomes.get(started);
  if (known) return known;
  const outcome = read(value, started, options).catch((error: unknown) => {
    // Not expected; whatever it was, the chat still opens, with its default knowledge.
    console.warn(`iop-chat: data-knowledge could not be read (${String(error)}). The chat answers from its default knowledge.`);
    return undefined;
  });
  if (started) outcomes.set(started, outcome);
  return outcome;
}

async function read(value: string | undefined, started: KnowledgeRequest | undefined, options: KnowledgeFileOptions): Promise<readonly KnowledgeEntry[] | undefined> {
  const warn =
    options.warn ??
    ((message: string): void => {
      console.warn(message);
    });
  if (value === undefined) {
    started?.stop.abort();
    return undefined;
  }
  const { config, issues } = resolveConfig({ knowledgeUrl: value });
  const url = config.knowledgeUrl;
  // A path is on this page's origin, whatever a <base> element says; the loader's fetch resolved
  // against the document's base, so its answer is used only when that is the very same URL.
  const absolute = url === undefined ? undefined : absoluteUrl(url, location.href);
  const request = absolute === undefined ? undefined : started && absoluteUrl(started.url, document.baseURI) === absolute ? started : requestKnowledge(absolute, 'cors');
  // What the loader asked for and is not used (a URL core refuses, or another one) stops.
  if (started && started !== request) started.stop.abort();
  if (url === undefined) {
    for (const issue of issues.slice(0, 1)) warn(`iop-chat: data-knowledge${issue.message.slice('knowledgeUrl'.length)}`);
    return undefined;
  }
  const result = request ? await readFile(request, options.timeoutMs ?? KNOWLEDGE_TIMEOUT_MS) : refuse('it is not a URL this browser can fetch');
  if (result.ok) return result.entries;
  warn(`iop-chat: data-knowledge ${JSON.stringify(url.slice(0, 200))} is not used: ${result.reason}. The chat answers from its default knowledge.`);
  return undefined;
}
