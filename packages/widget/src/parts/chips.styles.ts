/** Quick-reply chips: large, wrapping, scrollable when there are many. */
import { css } from 'lit';

export const chipsStyles = css`
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    max-block-size: min(11.5em, 30vh);
    overflow-y: auto;
    padding: 0.5em 0.75em;
    border-block-start: 1px solid var(--_line);
  }

  .chip {
    min-block-size: var(--_target);
    padding: 0.3em 0.85em;
    border: 2px solid var(--_accent);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.25;
    text-align: start;
  }

  .chip:hover {
    background: var(--_bubble);
  }

  @media (forced-colors: active) {
    .chip {
      border-color: ButtonText;
    }
  }
`;
