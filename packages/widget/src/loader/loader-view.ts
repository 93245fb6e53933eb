/**
 * What the loader draws, in plain DOM inside a shadow root (host-page CSS cannot reach it): the
 * lightweight launcher button, and the panel offered when the chat cannot load, with the center's
 * phone, the crisis lines and "Try again". Built with createElement and textContent only, so
 * configured text never becomes markup (and pages enforcing Trusted Types are fine).
 */
import { adoptStyles, LOADER_CSS } from './loader-styles.js';
import type { LoaderOptions } from './loader-options.js';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const name in attributes) element.setAttribute(name, attributes[name] ?? '');
  element.append(...children);
  return element;
}

const links = (...items: Array<[href: string, text: string] | false | undefined>): HTMLUListElement =>
  el('ul', {}, ...items.map((item) => (item ? el('li', {}, el('a', { href: item[0] }, item[1])) : '')));

/** The chat icon (the same as `chatIcon` in parts/icons.ts). */
function chatIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  const path = document.createElementNS(ns, 'path');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  path.setAttribute('d', 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z');
  svg.append(path);
  return svg;
}

/** '#111' or '#fff', whichever has more contrast with the computed background of `element`. */
function readableTextOn(element: Element): string | undefined {
  const rgb = /(\d+), (\d+), (\d+)/.exec(getComputedStyle(element).backgroundColor);
  if (!rgb) return undefined;
  let luminance = 0;
  for (const [i, weight] of [0.2126, 0.7152, 0.0722].entries()) {
    const c = Number(rgb[i + 1]) / 255;
    luminance += weight * (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  }
  return (luminance + 0.05) ** 2 > 0.0525 ? '#111' : '#fff';
}

export interface LoaderView {
  /** The element added to the page; its shadow root holds everything else. */
  readonly host: HTMLElement;
  /** The launcher button (none inline). */
  readonly button: HTMLButtonElement | undefined;
  readonly retry: HTMLButtonElement;
  /** Shows the fallback panel (the launcher stops looking busy) with a status note; `focus` moves focus to its heading (unless already inside). */
  showPanel(focus: boolean, note?: string): void;
  /** True when keyboard focus is on the launcher. */
  launcherHasFocus(): boolean;
  /** Picks a readable text colour for the brand colour (unless the page sets one); call once the host is in the document. */
  readonly fitColors: () => void;
}

export function createLoaderView(options: LoaderOptions, inline: boolean): LoaderView {
  const host = document.createElement('iop-chat-loader');
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, LOADER_CSS);
  if (options.zIndex) host.style.setProperty('--z', options.zIndex);
  if (options.primaryColor) host.style.setProperty('--bg', options.primaryColor);

  const { crisis, phone } = options;
  const title = el('h2', { id: 't', tabindex: '-1' }, "The chat couldn't load");
  const close = el('button', { class: 'x', 'aria-label': 'Close' }, '×');
  const retry = el('button', { class: 'r' }, 'Try again');
  const note = el('p', { role: 'status' });
  const panel = el('div', { class: 'p', role: inline ? 'region' : 'dialog', 'aria-labelledby': 't' }, title);
  if (!inline) panel.append(close);
  if (phone) panel.append(el('p', {}, `You can still reach ${options.centerName ?? 'us'} by phone:`), links([`tel:${phone[1]}`, `Call ${phone[0]}`]));
  panel.append(
    el('p', {}, 'If you are in crisis or in danger, help is available now:'),
    links([`tel:${crisis.emergency}`, `Call ${crisis.emergency}`], [`tel:${crisis.dial}`, crisis.call], crisis.text ? [`sms:${crisis.dial}`, crisis.text] : undefined),
    note,
    retry,
  );
  panel.hidden = !inline;

  const wrap = el('div', { class: inline ? 'w inline' : options.left ? 'w left' : 'w' }, panel);
  const button = inline
    ? undefined
    : el(
        'button',
        { class: 'l', 'aria-haspopup': 'dialog', 'aria-expanded': 'false', 'aria-label': `${options.label}: ${options.title}` },
        chatIcon(),
        options.label,
      );
  if (button) wrap.append(button);
  root.append(wrap);

  const hidePanel = (): void => {
    const hadFocus = panel.contains(root.activeElement);
    panel.hidden = true;
    button?.setAttribute('aria-expanded', 'false');
    if (hadFocus) button?.focus();
  };
  close.onclick = hidePanel;
  panel.onkeydown = (event) => {
    if (event.key === 'Escape' && !inline) hidePanel();
  };

  return {
    host,
    button,
    retry,
    showPanel(focus, text = '') {
      note.textContent = text;
      panel.hidden = false;
      button?.setAttribute('aria-busy', 'false');
      button?.setAttribute('aria-expanded', 'true');
      if (focus && !panel.contains(root.activeElement)) title.focus();
    },
    launcherHasFocus: () => root.activeElement === button,
    fitColors: () => {
      const text = readableTextOn(button ?? retry);
      if (text) host.style.setProperty('--fg', text);
    },
  };
}
