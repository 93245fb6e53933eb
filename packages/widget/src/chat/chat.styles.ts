/**
 * <iop-chat>'s own layout: the isolation reset on the host, the launcher, the floating panel
 * (anchored on desktop, full screen on phones above the on-screen keyboard and inside the safe
 * area), the inline panel, and the transcript / chips / composer column.
 */
import { css, unsafeCSS } from 'lit';
import { FULL_SCREEN_MEDIA } from './layout.js';

export const chatStyles = css`
  /*
   * Isolation: nothing the host page inherits reaches the chat, and the few page rules that could
   * hide the element itself (display, visibility, a transform that would trap the fixed panel) are
   * overridden: in a shadow tree's !important declarations win over the page's.
   */
  :host {
    all: initial;
    display: block !important;
    visibility: visible !important;
    opacity: 1 !important;
    transform: none !important;
    filter: none !important;
    contain: none !important;
  }

  .root {
    font-family: var(--_font);
    font-size: var(--iop-chat-font-size, medium);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    color: var(--_text);
    visibility: visible;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }

  .launcher {
    position: fixed;
    z-index: var(--_z);
    inset-block-end: calc(var(--_space) + env(safe-area-inset-bottom, 0px));
    /* A corner of the screen (data-position), the same in right-to-left pages as the loader's. */
    right: calc(var(--_space) + env(safe-area-inset-right, 0px));
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 3.5em;
    max-inline-size: calc(100vw - 2 * var(--_space));
    padding: 0.5em 1.25em;
    border: 2px solid transparent;
    border-radius: 999px;
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
    font-size: 1em;
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.25);
  }

  .position-left .launcher {
    right: auto;
    left: calc(var(--_space) + env(safe-area-inset-left, 0px));
  }

  .launcher:focus-visible {
    outline: 3px solid var(--_text);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_surface);
  }

  .panel {
    display: flex;
    flex-direction: column;
    overflow: hidden;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }

  .floating .panel {
    position: fixed;
    z-index: var(--_z);
    inset-block-end: calc(var(--_space) * 2 + 3.5em + env(safe-area-inset-bottom, 0px));
    right: calc(var(--_space) + env(safe-area-inset-right, 0px));
    inline-size: min(25em, calc(100vw - 2 * var(--_space)));
    block-size: min(42em, calc(100vh - 6.5em - 2 * var(--_space)));
    block-size: min(42em, calc(100dvh - 6.5em - 2 * var(--_space)));
    box-shadow: 0 0.5em 2em rgb(0 0 0 / 0.25);
  }

  .floating.position-left .panel {
    right: auto;
    left: calc(var(--_space) + env(safe-area-inset-left, 0px));
  }

  .inline .panel {
    position: relative;
    inline-size: 100%;
    block-size: 36em;
    max-block-size: 100%;
  }

  /* Phones and short viewports: the open panel takes the whole visual viewport, above the keyboard, inside the safe area. */
  @media ${unsafeCSS(FULL_SCREEN_MEDIA)} {
    .floating .panel {
      inset: var(--_viewport-top, 0px) 0 auto 0;
      inline-size: 100%;
      block-size: 100vh;
      block-size: var(--_viewport-height, 100dvh);
      border: 0;
      border-radius: 0;
      padding-left: env(safe-area-inset-left, 0px);
      padding-right: env(safe-area-inset-right, 0px);
      box-shadow: none;
    }
    .floating .header {
      padding-block-start: calc(0.75em + env(safe-area-inset-top, 0px));
    }
    .floating .composer {
      padding-block-end: calc(0.75em + env(safe-area-inset-bottom, 0px));
    }
    .floating.open .launcher {
      display: none;
    }
  }

  .transcript {
    flex: 1 1 auto;
    min-block-size: 6em;
    overflow-y: auto;
    overscroll-behavior: contain;
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    padding: 0.75em;
  }

  .transcript:focus-visible {
    outline-offset: -3px;
  }

  .status-regions {
    position: absolute;
  }

  @media (forced-colors: active) {
    .launcher,
    .panel {
      border: 2px solid CanvasText;
    }
  }
`;
