/** The self-check's question card: progress, the question, its answer buttons. Loaded with the self-check. */
import { css } from 'lit';

export const selfCheckStyles = css`
  .progress-text {
    margin: 0 0 0.35em;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .progress {
    display: block;
    inline-size: 100%;
    block-size: 0.5em;
    margin-block-end: 0.75em;
    appearance: none;
    border: 0;
    border-radius: 999px;
    background: var(--_bubble);
    overflow: hidden;
  }

  .progress::-webkit-progress-bar {
    background: var(--_line);
    border-radius: 999px;
  }

  .progress::-webkit-progress-value {
    background: var(--_primary);
    border-radius: 999px;
  }

  .progress::-moz-progress-bar {
    background: var(--_primary);
  }

  .question {
    margin: 0 0 0.5em;
    font-weight: 600;
    font-size: 1.0625em;
  }

  .stem {
    display: block;
    font-weight: 400;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .help {
    margin: 0 0 0.5em;
    font-size: 0.9375em;
  }

  .options {
    display: grid;
    gap: 0.5em;
    margin-block: 0.5em;
  }

  .option {
    inline-size: 100%;
    min-block-size: 48px;
    padding: 0.6em 1em;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    text-align: start;
    line-height: 1.3;
  }

  .option:hover {
    background: var(--_bubble);
  }

  .option[aria-pressed='true'] {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }

  .asked {
    margin: 0;
  }

  @media (forced-colors: active) {
    .option {
      border: 2px solid CanvasText;
    }
    .option[aria-pressed='true'] {
      border: 4px solid Highlight;
    }
    .progress {
      border: 1px solid CanvasText;
    }
  }
`;
