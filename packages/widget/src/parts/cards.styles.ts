/**
 * Cards in the transcript, as the chat draws them from the start: the card frame (the self-check's
 * and contact's cards) and the center's direct contact links (also on the crisis card). What only
 * the self-check or the contact form needs comes with their code (self-check.styles.ts,
 * contact.styles.ts).
 */
import { css } from 'lit';

export const cardStyles = css`

  .card {
    padding: 0.85em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .card h3,
  .card h4 {
    margin: 0 0 0.5em;
    line-height: 1.3;
  }

  .card h3 {
    font-size: 1.0625em;
  }

  .card h4 {
    font-size: 1em;
  }

  .direct-contact {
    display: grid;
    gap: 0.5em;
    padding: 0;
    list-style: none;
  }

  .direct-contact .action-link {
    inline-size: 100%;
  }

  @media (forced-colors: active) {
    .card {
      border: 2px solid CanvasText;
    }
  }
`;
