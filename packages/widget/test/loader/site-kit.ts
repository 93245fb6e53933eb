/**
 * A center's site for the browser tests: pages (fixtures/site.html) that carry the built loader's
 * one script tag, shown one after another in an iframe, so that moving to another page or
 * reloading is a real new page load (same origin, so the same sessionStorage as this test page);
 * the test runner's lead endpoint (web-test-runner.config.mjs), which deduplicates by
 * Idempotency-Key and answers as told; the browser going offline; and a visitor's hands for the
 * chat on a page. Nothing here imports or defines `<iop-chat>`: the pages use the built chunks.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { query, queryAll, rendered, sleep, waitFor } from '../hostile/hostile-kit.js';

export const LEAD_ENDPOINT = '/__test/leads';
const SITE_PAGE = new URL('./fixtures/site.html', import.meta.url);

/** What the endpoint answers next: a status, with Retry-After seconds, a JSON message or a Location, or late. */
export interface EndpointAnswer {
  readonly status: number;
  readonly retryAfter?: number;
  readonly message?: string;
  readonly location?: string;
  readonly delayMs?: number;
}

/** One request the endpoint saw: its Idempotency-Key, what it answered, and whether the page hung up first. */
export interface EndpointRequest {
  readonly key: string;
  readonly status: number;
  readonly at: number;
  readonly body: Record<string, unknown> | null;
  readonly closed: boolean;
  /** The path and query asked for. */
  readonly url: string;
  /** The Cookie and Referer headers it came with (null when none). */
  readonly cookie: string | null;
  readonly referer: string | null;
}

export const answerWith = (answer: EndpointAnswer): Promise<unknown> => executeServerCommand('lead-endpoint', answer);
export const resetEndpoint = (): Promise<unknown> => executeServerCommand('lead-endpoint', { reset: true });
export const requests = (): Promise<EndpointRequest[]> => executeServerCommand<EndpointRequest[], undefined>('lead-endpoint-log');
/** Takes the browser offline for `ms`, sets the endpoint's next answer to `then`, and brings it back online. */
export const offlineFor = (ms: number, then?: EndpointAnswer): Promise<unknown> => executeServerCommand('network-offline', { ms, then });

/** Polls the endpoint's log until `check` holds for it; returns that log. */
export async function untilRequests(check: (log: EndpointRequest[]) => boolean, what: string, ms = 8000): Promise<EndpointRequest[]> {
  const end = performance.now() + ms;
  for (;;) {
    const log = await requests();
    if (check(log)) return log;
    if (performance.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}; the endpoint saw ${JSON.stringify(log.map((r) => r.status))}`);
    await sleep(50);
  }
}

/** What stays in this tab's storage under iop-chat's keys, as one string. */
export function storedText(storage: Storage = sessionStorage): string {
  return Object.keys(storage)
    .filter((key) => key.startsWith('iop-chat:'))
    .map((key) => `${key}=${storage.getItem(key) ?? ''}`)
    .join('\n');
}

/** What the visitor types into the contact form. */
export const VISITOR = { name: 'Jordan Q. Visitor', phone: '512 555 0187', email: 'jordan.q@example.org', note: 'Evenings, please be discreet' } as const;
/** The visitor's contact details as they may appear in storage. */
export const TYPED: readonly string[] = [VISITOR.name, '5125550187', VISITOR.email, VISITOR.note];

type ChatElement = HTMLElement & { opened: boolean };

/** The site, one page at a time, in an iframe appended to this test page. */
export class Site {
  readonly frame: HTMLIFrameElement;
  private readonly attributes: Readonly<Record<string, string>>;

  /** `attributes`: the script tag's data attributes, without `data-`. */
  constructor(attributes: Readonly<Record<string, string>>) {
    this.attributes = attributes;
    this.frame = document.createElement('iframe');
    this.frame.style.cssText = 'width: 480px; height: 720px; border: 0';
    document.body.append(this.frame);
  }

  get window(): Window & typeof globalThis {
    const win = this.frame.contentWindow as (Window & typeof globalThis) | null;
    if (!win) throw new Error('the site has no window');
    return win;
  }

  get document(): Document {
    return this.window.document;
  }

  /** Loads page `page` of the site (a new page load), and waits until the loader has drawn its launcher. */
  async visit(page: number, attributes: Readonly<Record<string, string>> = {}): Promise<void> {
    const url = new URL(SITE_PAGE);
    url.searchParams.set('page', String(page));
    for (const [name, value] of Object.entries({ ...this.attributes, ...attributes })) url.searchParams.set(name, value);
    await this.load(() => {
      this.frame.src = url.href;
    });
  }

  /** Leaves the site (an empty page, no loader): nothing of the chat runs any more. */
  async leave(): Promise<void> {
    const loaded = new Promise((resolve) => {
      this.frame.addEventListener('load', resolve, { once: true });
    });
    this.frame.src = 'about:blank';
    await loaded;
  }

  /** Reloads the page the site is on. */
  async reload(): Promise<void> {
    await this.load(() => {
      this.window.location.reload();
    });
  }

  private async load(start: () => void): Promise<void> {
    const loaded = new Promise((resolve) => {
      this.frame.addEventListener('load', resolve, { once: true });
    });
    start();
    await loaded;
    await waitFor(() => this.document.querySelector('iop-chat-loader, iop-chat') !== null, 'the launcher', 8000);
  }

  /** URLs this page has requested so far. */
  requested(): string[] {
    return this.window.performance.getEntriesByType('resource').map((entry) => entry.name);
  }

  /** True once this page has fetched the named chunk beside the loader. */
  fetched(file: string): boolean {
    return this.requested().some((url) => new URL(url).pathname.endsWith(`/${file}`));
  }

  /** The chat, if it has been put on the page. */
  chat(): ChatElement | null {
    return this.document.querySelector<ChatElement>('iop-chat');
  }

  /** Clicks the launcher like a visitor and waits for the open chat. */
  async openChat(): Promise<ChatElement> {
    const loader = this.document.querySelector('iop-chat-loader');
    if (loader) query(loader, 'button.l').click();
    else query(this.chat()!, '.launcher').click();
    await waitFor(() => this.chat()?.opened === true, 'the chat to open', 8000);
    const chat = this.chat()!;
    await rendered(chat);
    return chat;
  }

  /** Opens the chat, asks for contact, fills in the form as a visitor would, and sends it. */
  async sendContactRequest(): Promise<ChatElement> {
    const chat = await this.openChat();
    await waitFor(() => queryAll(chat, '.chip').some((c) => c.textContent.trim() === 'Talk to someone'), 'the contact chip');
    queryAll(chat, '.chip').find((c) => c.textContent.trim() === 'Talk to someone')!.click();
    await waitFor(() => chat.shadowRoot?.querySelector('form.contact-form') != null, 'the contact form', 8000);
    await rendered(chat);
    const type = (selector: string, value: string): void => {
      const field = query<HTMLInputElement | HTMLTextAreaElement>(chat, selector);
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    type('#cf-name', VISITOR.name);
    type('#cf-phone', VISITOR.phone);
    type('#cf-email', VISITOR.email);
    type('#cf-note', VISITOR.note);
    query(chat, '#cf-consentContact').click();
    await rendered(chat);
    query(chat, 'form.contact-form button[type="submit"]').click();
    await waitFor(() => chat.shadowRoot?.querySelector('.lead-status') != null, 'the request to be shown as sent or waiting', 8000);
    return chat;
  }

  /** The status the chat shows for the visitor's request ('sending', 'sent', 'retrying', ...). */
  shownStatus(): string | null | undefined {
    return this.chat()?.shadowRoot?.querySelector('.lead-status')?.getAttribute('data-status');
  }

  remove(): void {
    this.frame.remove();
  }
}
