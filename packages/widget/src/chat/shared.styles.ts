/**
 * Base styles every part relies on: the private design tokens (each backed by a public
 * `--iop-chat-*` custom property), buttons and links with large targets and a visible focus ring,
 * the visually-hidden utility, forced-colors and reduced-motion handling.
 */
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    --_primary: var(--iop-chat-primary, #1d5c7a);
    --_on-primary: var(--iop-chat-on-primary, var(--_on-primary-auto, #ffffff));
    --_accent: var(--iop-chat-accent, var(--_primary));
    --_surface: var(--iop-chat-surface, #ffffff);
    --_text: var(--iop-chat-text, #1f2328);
    --_muted: var(--iop-chat-muted, #57606a);
    --_crisis: var(--iop-chat-crisis, #a4161a);
    --_on-crisis: #ffffff;
    --_font: var(--iop-chat-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_radius: var(--iop-chat-radius, 0.75em);
    --_space: var(--iop-chat-spacing, 1em);
    --_z: var(--iop-chat-z-index, 2147483000);
    --_bubble: color-mix(in srgb, var(--_text) 7%, var(--_surface));
    --_line: color-mix(in srgb, var(--_text) 18%, var(--_surface));
    --_focus: var(--_text);
    --_target: 44px;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  [hidden] {
    display: none !important;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }

  button {
    cursor: pointer;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  a {
    color: inherit;
    text-decoration: underline;
    text-decoration-color: var(--_accent);
    text-decoration-thickness: 2px;
    text-underline-offset: 0.15em;
  }

  .primary,
  .secondary,
  .action-link {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: var(--_target);
    padding: 0.5em 1em;
    border-radius: calc(var(--_radius) * 0.75);
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
  }

  .primary {
    background: var(--_primary);
    color: var(--_on-primary);
    border: 2px solid var(--_primary);
  }

  .secondary,
  .action-link {
    background: var(--_surface);
    color: var(--_text);
    border: 2px solid var(--_muted);
  }

  .action-link.primary {
    background: var(--_primary);
    color: var(--_on-primary);
    border-color: var(--_primary);
  }

  .primary:hover,
  .secondary:hover,
  .action-link:hover {
    filter: brightness(0.93);
  }

  .primary[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }

  .card-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.75em;
  }

  .small-print {
    font-size: 0.8125em;
    color: var(--_muted);
  }

  .field-error {
    color: var(--_crisis);
    font-weight: 600;
    margin: 0.25em 0 0;
  }

  @media (forced-colors: active) {
    .primary,
    .secondary,
    .action-link {
      border: 2px solid ButtonText;
    }
    :focus-visible {
      outline: 3px solid Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
