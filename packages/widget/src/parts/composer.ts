/**
 * Where the visitor types. Enter sends, Shift+Enter starts a new line, an empty message sends
 * nothing, a message with no words in it (only markup or symbols) stays in the box with a short
 * hint, and a message over the limit says so plainly (and is not sent) rather than being cut.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Translate } from '../strings/widget-strings.js';

/** The longest message the conversation accepts. */
export const MAX_MESSAGE_LENGTH = 2000;
/** From here on the composer shows how many characters are left. */
const COUNT_FROM = 1800;

export interface ComposerState {
  readonly value: string;
  readonly t: Translate;
  /** Set when the last send was refused because the message had no words in it. */
  readonly noWords?: boolean;
  onInput(value: string): void;
  onSend(): void;
}

export function messageTooLong(value: string): boolean {
  return value.length > MAX_MESSAGE_LENGTH;
}

export function renderComposer(state: ComposerState): TemplateResult {
  const { value, t } = state;
  const tooLong = messageTooLong(value);
  const showCount = value.length >= COUNT_FROM;
  const keydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    state.onSend();
  };
  const submit = (event: Event): void => {
    event.preventDefault();
    state.onSend();
  };
  const noWords = state.noWords === true && !tooLong;
  const describedBy = [tooLong ? 'composer-error' : '', noWords ? 'composer-hint' : '', showCount ? 'composer-count' : '']
    .filter(Boolean)
    .join(' ');
  return html`<form class="composer" part="composer" @submit=${submit}>
    <label class="visually-hidden" for="composer-input">${t('composer.label')}</label>
    <textarea
      id="composer-input"
      rows="1"
      enterkeyhint="send"
      autocomplete="off"
      placeholder=${t('composer.placeholder')}
      .value=${live(value)}
      aria-invalid=${tooLong ? 'true' : nothing}
      aria-describedby=${describedBy || nothing}
      @input=${(e: Event) => { state.onInput((e.target as HTMLTextAreaElement).value); }}
      @keydown=${keydown}
    ></textarea>
    <button type="submit" class="send">
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path fill="currentColor" d="M3.4 20.4 21 12 3.4 3.6 3.4 10l12.6 2-12.6 2z" /></svg>
      <span class="visually-hidden">${t('composer.send')}</span>
    </button>
    ${showCount
      ? html`<p class="composer-count" id="composer-count">${t('composer.count', { count: value.length, max: MAX_MESSAGE_LENGTH })}</p>`
      : nothing}
    ${noWords ? html`<p class="composer-hint" id="composer-hint" role="status">${t('composer.noWords')}</p>` : nothing}
    ${tooLong
      ? html`<p class="field-error" id="composer-error" role="alert">
          ${t('composer.tooLong', { max: MAX_MESSAGE_LENGTH })}
        </p>`
      : nothing}
  </form>`;
}
