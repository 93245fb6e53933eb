/**
 * The floating button that opens the chat (launcher mode only); `aria-expanded` and
 * `aria-controls` tie it to the panel.
 *
 * Its accessible name is the 'launcher.ariaLabel' string when that contains the visible label
 * (WCAG 2.5.3 Label in Name: voice-control users say what they see). Otherwise the visible label
 * is the name and 'launcher.ariaLabel' its description, so screen-reader users still hear it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { chatIcon } from './icons.js';

export interface LauncherState {
  readonly label: string;
  readonly ariaLabel: string;
  readonly expanded: boolean;
  onToggle(): void;
}

const simplify = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function renderLauncher(state: LauncherState): TemplateResult {
  const nameHasLabel = simplify(state.ariaLabel).includes(simplify(state.label));
  return html`<button
      type="button"
      class="launcher"
      part="launcher"
      aria-label=${nameHasLabel ? state.ariaLabel : nothing}
      aria-describedby=${nameHasLabel ? nothing : 'launcher-description'}
      aria-expanded=${state.expanded ? 'true' : 'false'}
      aria-controls="panel"
      @click=${() => { state.onToggle(); }}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24">${chatIcon}</svg>
      <span class="launcher-label">${state.label}</span>
    </button>
    ${nameHasLabel ? nothing : html`<span id="launcher-description" hidden>${state.ariaLabel}</span>`}`;
}
