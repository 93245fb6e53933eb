/**
 * The panel header: the center's name (the dialog's label), "Automated assistant", and the
 * controls: "Need help now?" once a crisis was shown (it stays for the rest of the chat), quick
 * exit when enabled, end chat (with a confirm step) and minimise (launcher mode).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../strings/widget-strings.js';
import { exitIcon, lifebuoyIcon, minimizeIcon } from './icons.js';

export interface HeaderState {
  readonly t: Translate;
  readonly title: string;
  readonly showHelpNow: boolean;
  readonly showQuickExit: boolean;
  readonly showMinimize: boolean;
  readonly confirmingEnd: boolean;
  onHelpNow(): void;
  onQuickExit(): void;
  onEndChat(): void;
  onMinimize(): void;
  onConfirmEnd(): void;
  onCancelEnd(): void;
}

export function renderHeader(state: HeaderState): TemplateResult {
  const { t } = state;
  return html`<header class="header" part="header">
      <div class="header-top">
        <div class="titles">
          <h2 id="panel-title" class="title" tabindex="-1">${state.title}</h2>
          <p class="subtitle">${t('panel.botLabel')}</p>
        </div>
        ${state.showMinimize
          ? html`<button type="button" class="header-button icon-only minimize" aria-label=${t('header.minimize')} @click=${() => { state.onMinimize(); }}>
              <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">${minimizeIcon}</svg>
            </button>`
          : nothing}
      </div>
      <div class="header-actions">
        ${state.showHelpNow
          ? html`<button type="button" class="header-button help-now" @click=${() => { state.onHelpNow(); }}>
              <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">${lifebuoyIcon}</svg>
              <span>${t('crisis.needHelpNow')}</span>
            </button>`
          : nothing}
        ${state.showQuickExit
          ? html`<button
              type="button"
              class="header-button quick-exit"
              aria-describedby="quick-exit-hint"
              @click=${() => { state.onQuickExit(); }}
            >
              <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">${exitIcon}</svg>
              <span>${t('header.quickExit')}</span>
            </button>
            <span class="visually-hidden" id="quick-exit-hint">${t('header.quickExitHint')}</span>`
          : nothing}
        <button
          type="button"
          class="header-button end-chat"
          aria-expanded=${state.confirmingEnd ? 'true' : 'false'}
          aria-controls="end-confirm"
          @click=${() => { state.onEndChat(); }}
        >
          ${t('header.endChat')}
        </button>
      </div>
    </header>
    <div id="end-confirm" class="end-confirm" role="group" aria-labelledby="end-confirm-text" ?hidden=${!state.confirmingEnd}>
      <p id="end-confirm-text">${t('endChat.confirm')}</p>
      <div class="card-actions">
        <button type="button" class="primary confirm-end" @click=${() => { state.onConfirmEnd(); }}>${t('endChat.confirmYes')}</button>
        <button type="button" class="secondary cancel-end" @click=${() => { state.onCancelEnd(); }}>${t('endChat.confirmNo')}</button>
      </div>
    </div>`;
}
