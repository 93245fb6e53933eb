/**
 * Test helpers for <iop-chat>: a fixture that waits for the chat to render, shortcuts into its
 * shadow root, typing like a visitor, and a guard that fails a test on unexpected Lit dev-mode
 * warnings (Lit's own "dev mode" notice is the only one allowed).
 */
import { aTimeout, expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { Conversation, CreateConversationOptions } from '@iop-chat/core';
import type { TemplateResult } from 'lit';
import { IopChat } from '../src/chat/chat.component.js';
import '../src/define/iop-chat.js';

export { IopChat };

/** A chat whose quick-exit navigation is recorded instead of performed. */
export class RecordingChat extends IopChat {
  readonly visited: string[] = [];
  protected override navigate(url: string): void {
    this.visited.push(url);
  }
}
if (!customElements.get('recording-iop-chat')) customElements.define('recording-iop-chat', RecordingChat);

/** A chat whose lead delivery retries within milliseconds and gives up after two attempts. */
export class FastRetryChat extends IopChat {
  protected override createConversation(options: CreateConversationOptions): Conversation {
    return super.createConversation({ ...options, backoff: { baseMs: 1, maxMs: 5, maxAttempts: 2 } });
  }
}
if (!customElements.get('fast-retry-iop-chat')) customElements.define('fast-retry-iop-chat', FastRetryChat);

/** A chat whose clock reads Wednesday 18 November 2026, 12:00 UTC (6 am in Chicago). */
export class FixedClockChat extends IopChat {
  protected override now(): Date {
    return new Date('2026-11-18T12:00:00Z');
  }
}
if (!customElements.get('fixed-clock-iop-chat')) customElements.define('fixed-clock-iop-chat', FixedClockChat);

declare global {
  interface HTMLElementTagNameMap {
    'fixed-clock-iop-chat': FixedClockChat;
    'recording-iop-chat': RecordingChat;
    'fast-retry-iop-chat': FastRetryChat;
  }
}

const LIT_WARNING = /\blit\b|lit\.dev/i;
const ALLOWED = /Lit is in dev mode/;

/**
 * Call once per suite: console.warn is wrapped for each test, Lit warnings are collected and any
 * unexpected one fails the test in afterEach. `change-in-update` (an update scheduled right after
 * another) is switched on, so wasteful re-renders fail too.
 */
export function failOnLitWarnings(): void {
  let original: typeof console.warn;
  let collected: string[] = [];
  beforeEach(() => {
    collected = [];
    original = console.warn;
    console.warn = (...args: unknown[]) => {
      const text = args.map(String).join(' ');
      if (LIT_WARNING.test(text) && !ALLOWED.test(text)) collected.push(text);
      original.apply(console, args);
    };
    (IopChat as unknown as { enableWarning?: (w: string) => void }).enableWarning?.('change-in-update');
  });
  afterEach(() => {
    console.warn = original;
    expect(collected, 'unexpected Lit warnings').to.deep.equal([]);
  });
}

/** Turns typing pacing off (prefers-reduced-motion). The emulation can outlive the file, so suites
 * that need motion reset it themselves. */
export async function reduceMotion(): Promise<void> {
  await emulateMedia({ reducedMotion: 'reduce' });
}

export async function chatFixture<T extends IopChat = IopChat>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await el.updateComplete;
  return el;
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type, as with querySelector<E>
export function $<E extends Element = HTMLElement>(el: IopChat, selector: string): E {
  const found: E | null | undefined = el.shadowRoot?.querySelector(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function $$<E extends Element = HTMLElement>(el: IopChat, selector: string): E[] {
  return [...(el.shadowRoot?.querySelectorAll<E>(selector) ?? [])];
}

export function has(el: IopChat, selector: string): boolean {
  return el.shadowRoot?.querySelector(selector) !== null;
}

/** Text of the transcript's messages (without the screen-reader sender labels). */
export function messages(el: IopChat): string[] {
  return $$(el, '.transcript .message').map((m) => {
    const clone = m.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.visually-hidden').forEach((n) => {
      n.remove();
    });
    return (clone.textContent).replace(/\s+/g, ' ').trim();
  });
}

export function lastMessage(el: IopChat): string {
  return messages(el).at(-1) ?? '';
}

/** Types into the composer and presses the send button, like a visitor with a mouse. */
export async function say(el: IopChat, text: string): Promise<void> {
  const input = $<HTMLTextAreaElement>(el, '#composer-input');
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  $(el, '.composer .send').click();
  await settle(el);
}

/** Waits for the render and any paced reply to be on screen. */
export async function settle(el: IopChat): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => !has(el, '.typing'), 'the reply never appeared', { timeout: 3000 });
  await el.updateComplete;
}

export async function clickChip(el: IopChat, label: string | RegExp): Promise<void> {
  const chip = $$(el, '.chip').find((c) => (typeof label === 'string' ? c.textContent.trim() === label : label.test(c.textContent)));
  if (!chip) throw new Error(`no chip ${String(label)} among ${$$(el, '.chip').map((c) => c.textContent.trim()).join(' | ')}`);
  chip.click();
  await settle(el);
}

/** The element focused inside the chat's shadow root. */
export function focused(el: IopChat): Element | null {
  return el.shadowRoot?.activeElement ?? null;
}

export async function nextFrame(): Promise<void> {
  await aTimeout(0);
}

/** Sets a form field's value (or checkbox) the way typing or clicking would. */
export async function fill(el: IopChat, selector: string, value: string | boolean): Promise<void> {
  const field = $<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, selector);
  if (typeof value === 'boolean') {
    if ((field as HTMLInputElement).checked !== value) (field as HTMLInputElement).click();
  } else {
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
}
