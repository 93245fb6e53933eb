/** The contact card and its callback form. Loaded with the contact form. */
import { css } from 'lit';

export const contactStyles = css`
  .contact-heading:focus {
    outline: none;
  }

  .contact-heading:focus-visible {
    outline: 3px solid var(--_focus);
  }

  .call-now {
    inline-size: 100%;
    margin-block-end: 0.75em;
    font-size: 1.0625em;
  }

  .note {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_muted);
    background: var(--_bubble);
  }

  .contact-form .field {
    margin-block: 0 0.85em;
    padding: 0;
    border: 0;
  }

  .contact-form label,
  .contact-form legend {
    display: block;
    margin-block-end: 0.25em;
    font-weight: 600;
  }

  .contact-form input:not([type='checkbox'], [type='radio']),
  .contact-form select,
  .contact-form textarea {
    display: block;
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: 0.5em 0.65em;
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface);
    color: var(--_text);
    font-size: max(16px, 1em);
  }

  .contact-form [aria-invalid='true'] {
    border: 2px solid var(--_crisis) !important;
  }

  .contact-form .radio,
  .contact-form .checkbox {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: 0.6em;
  }

  .contact-form .radio {
    align-items: center;
    min-block-size: var(--_target);
  }

  .contact-form .radio label,
  .contact-form .checkbox label {
    margin: 0;
    font-weight: 400;
  }

  .contact-form input[type='checkbox'],
  .contact-form input[type='radio'] {
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0.1em 0 0;
    accent-color: var(--_primary);
  }

  .contact-form .checkbox .hint,
  .contact-form .checkbox .field-error {
    grid-column: 2;
  }

  .contact-form .hint {
    margin: 0 0 0.5em;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .form-errors {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_crisis);
    font-weight: 600;
  }

  .required {
    font-weight: 400;
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .contact-form input,
    .contact-form select,
    .contact-form textarea {
      border: 2px solid CanvasText;
    }
  }
`;
