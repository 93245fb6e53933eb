/** The composer: a growing textarea (16px or more, so phones do not zoom) and the send button. */
import { css } from 'lit';

export const composerStyles = css`
  .composer {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: end;
    gap: 0.5em;
    padding: 0.75em;
    border-block-start: 1px solid var(--_line);
    background: var(--_surface);
  }

  .composer textarea {
    inline-size: 100%;
    min-block-size: var(--_target);
    max-block-size: 8em;
    padding: 0.55em 0.75em;
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    font-size: max(16px, 1em);
    line-height: 1.4;
    resize: none;
    field-sizing: content;
  }

  .composer textarea[aria-invalid='true'] {
    border: 2px solid var(--_crisis);
  }

  .send {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: var(--_target);
    block-size: var(--_target);
    border: 2px solid var(--_primary);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_primary);
    color: var(--_on-primary);
  }

  .composer-count,
  .composer-hint,
  .composer .field-error {
    grid-column: 1 / -1;
    margin: 0;
    font-size: 0.875em;
  }

  .composer-count,
  .composer-hint {
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .composer textarea,
    .send {
      border: 2px solid ButtonText;
    }
  }
`;
