/** The crisis card: calm, distinct, high contrast, with large tap targets (the first one largest). */
import { css } from 'lit';

export const crisisStyles = css`
  .crisis-card {
    padding: 1em;
    border: 3px solid var(--_crisis);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .crisis-card h3 {
    margin: 0 0 0.5em;
    font-size: 1.125em;
    line-height: 1.3;
    color: var(--_crisis);
  }

  .crisis-card h3:focus {
    outline: none;
  }

  .crisis-card h3:focus-visible {
    outline: 3px solid var(--_focus);
  }

  .crisis-card p {
    margin: 0 0 0.75em;
  }

  .crisis-resources {
    display: grid;
    gap: 0.75em;
    margin-block-end: 0.75em;
  }

  .crisis-resources p {
    margin: 0;
  }

  .crisis-resource {
    display: grid;
    gap: 0.4em;
  }

  .crisis-action {
    display: flex;
    align-items: center;
    justify-content: center;
    min-block-size: 48px;
    padding: 0.6em 1em;
    border: 2px solid var(--_crisis);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    font-weight: 700;
    text-align: center;
    text-decoration: none;
  }

  .crisis-primary {
    min-block-size: 56px;
    background: var(--_crisis);
    color: var(--_on-crisis);
    font-size: 1.25em;
  }

  .crisis-more-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .crisis-secondary {
    flex: 1 1 8em;
    min-block-size: var(--_target);
    font-weight: 600;
  }

  .crisis-resource-text {
    font-size: 0.9375em;
  }

  .crisis-question-text {
    font-weight: 600;
  }

  .crisis-center {
    margin-block-start: 0.75em;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_line);
  }

  @media (forced-colors: active) {
    .crisis-card {
      border: 3px solid CanvasText;
    }
    .crisis-action {
      border: 2px solid LinkText;
    }
    .crisis-primary {
      border-width: 4px;
    }
  }
`;
