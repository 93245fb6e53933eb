/** The panel header, its controls and the end-chat confirmation. */
import { css } from 'lit';

export const headerStyles = css`
  .header {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding: 0.625em 0.75em;
    background: var(--_primary);
    color: var(--_on-primary);
  }

  .header-top {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }

  .titles {
    flex: 1 1 auto;
    min-inline-size: 0;
  }

  .title {
    margin: 0;
    font-size: 1.0625em;
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .title:focus {
    outline: none;
  }

  .title:focus-visible {
    outline: 3px solid var(--_on-primary);
  }

  .subtitle {
    margin: 0;
    font-size: 0.875em;
  }

  .header-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }

  .header-button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding: 0.2em 0.55em;
    border: 2px solid currentColor;
    border-radius: calc(var(--_radius) * 0.75);
    background: transparent;
    color: var(--_on-primary);
    font-size: 0.8125em;
    font-weight: 600;
  }

  .header-button.icon-only {
    flex: none;
    justify-content: center;
    padding: 0;
  }

  .header-button.quick-exit {
    background: var(--_on-primary);
    color: var(--_primary);
    border-color: var(--_on-primary);
  }

  .header-button.help-now {
    background: var(--_surface);
    color: var(--_crisis);
    border-color: var(--_surface);
  }

  .header :focus-visible {
    outline-color: var(--_on-primary);
  }

  .end-confirm {
    padding: 0.75em;
    border-block-end: 1px solid var(--_line);
    background: var(--_bubble);
  }

  .end-confirm p {
    margin: 0;
  }

  @media (forced-colors: active) {
    .header {
      border-block-end: 1px solid CanvasText;
    }
    .header-button {
      border-color: ButtonText;
    }
  }
`;
