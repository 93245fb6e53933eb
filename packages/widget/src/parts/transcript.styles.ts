/** Messages in the transcript: bubbles, answers (paragraphs, lists, links, topic buttons), typing dots. */
import { css } from 'lit';

export const transcriptStyles = css`
  .message {
    max-inline-size: 88%;
    padding: 0.6em 0.85em;
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }

  .message p,
  .message ul,
  .message ol {
    margin: 0 0 0.5em;
  }

  .message > :last-child,
  .message p:last-child {
    margin-block-end: 0;
  }

  .message ul,
  .message ol {
    padding-inline-start: 1.25em;
  }

  .from-bot {
    align-self: flex-start;
    background: var(--_bubble);
    color: var(--_text);
    border-end-start-radius: 0.25em;
  }

  .from-visitor {
    align-self: flex-end;
    background: var(--_primary);
    color: var(--_on-primary);
    border-end-end-radius: 0.25em;
  }

  .visitor-text {
    white-space: pre-wrap;
  }

  /* Cards (crisis, self-check, contact) use the whole width and bring their own frame. */
  .message:has(> .card, > .crisis-card) {
    max-inline-size: 100%;
    inline-size: 100%;
    padding: 0;
    background: none;
  }

  .inline-topic {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-decoration-color: var(--_accent);
    text-decoration-thickness: 2px;
    text-underline-offset: 0.15em;
  }

  .emergency-line {
    margin-block-start: 0.5em;
  }

  .typing {
    align-self: flex-start;
    display: inline-flex;
    gap: 0.3em;
    padding: 0.75em 0.9em;
    border-radius: var(--_radius);
    background: var(--_bubble);
  }

  .typing span {
    inline-size: 0.5em;
    block-size: 0.5em;
    border-radius: 50%;
    background: var(--_muted);
    animation: iop-chat-typing 1s infinite ease-in-out;
  }

  .typing span:nth-child(2) {
    animation-delay: 0.15s;
  }

  .typing span:nth-child(3) {
    animation-delay: 0.3s;
  }

  @keyframes iop-chat-typing {
    0%,
    80%,
    100% {
      opacity: 0.35;
    }
    40% {
      opacity: 1;
    }
  }

  .lead-status[data-status='rejected'] .server-message {
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .message {
      border: 1px solid CanvasText;
    }
    .typing span {
      background: CanvasText;
    }
  }
`;
