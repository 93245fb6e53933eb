/**
 * The request for the script tag's knowledge file (`data-knowledge`), one definition for both of
 * its callers: the loader, which asks for the file as it starts loading the chat, so that the two
 * arrive together, but only in `same-origin` mode (the browser refuses any other origin without a
 * request: nothing leaves the site before core has checked the URL); and the chat
 * (knowledge-file.ts), which asks itself, once core has checked the URL, when the loader's request
 * is not for that URL (a file on another https origin). No cookies and no redirects; `stop`
 * aborts it, body and all. `response` never rejects: it is the Response or what fetch failed with.
 */
export interface KnowledgeRequest {
  /** The URL asked for, as given to fetch. */
  readonly url: string;
  readonly response: Promise<unknown>;
  readonly stop: AbortController;
}

export function requestKnowledge(url: string, mode: RequestMode = 'same-origin'): KnowledgeRequest {
  const stop = new AbortController();
  return { url, response: fetch(url, { mode, credentials: 'omit', redirect: 'error', signal: stop.signal }).catch((error: unknown) => error), stop };
}
