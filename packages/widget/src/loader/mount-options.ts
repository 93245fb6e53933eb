/**
 * The contract between the script-tag loader and the lazy chunk (`app.ts`): what the loader hands
 * over when the visitor reaches for the chat, and what it gets back. Types only, so the loader
 * pays nothing for it.
 */

import type { KnowledgeRequest } from './knowledge-request.js';

/** What `mountFromLoader` needs to create `<iop-chat>` from a script tag. */
export interface MountOptions {
  /** Every `data-*` attribute of the script tag, as written (`{ 'data-phone': '(555) 010-0199' }`). */
  readonly attributes: Readonly<Record<string, string>>;
  /** 'launcher': a floating chat appended to `<body>`. 'inline': the chat renders inside `target`. */
  readonly mode: 'launcher' | 'inline';
  /** Where an inline chat goes (the element `data-target` names). */
  readonly target?: Element;
  /** The visitor asked for the chat: open it and move focus into it. */
  readonly open: boolean;
  /** The loader's launcher had keyboard focus: give it to the new launcher so it is not lost. */
  readonly focus: boolean;
  /** Attributes the loader has already warned about, so the console does not say it twice. */
  readonly reported: readonly string[];
  /**
   * The loader's outbox drain, when one is sending the contact requests a previous page left
   * waiting (undefined inside when it could not start): the chat asks it to hand them over.
   */
  readonly drain?: Promise<OutboxDrain | undefined>;
  /**
   * The loader's request for the `data-knowledge` file, started as the chat started loading (none
   * when the file is on another origin: the chat asks for it once core has checked the URL).
   */
  readonly knowledge?: KnowledgeRequest;
}

/** The element the chunk created; the loader removes its own launcher once this has rendered. */
export interface MountedChat {
  readonly element: HTMLElement;
}

/** The lazy chunk's module namespace, as the loader sees it. */
export interface ChatChunk {
  mountFromLoader(options: MountOptions): Promise<MountedChat>;
}

/** The outbox drain (`iop-chat-outbox.js`) while it sends the requests a previous page left waiting. */
export interface OutboxDrain {
  /** Stops sending; settles once an attempt on the wire has finished and recorded its outcome. */
  handOver(): Promise<void>;
}

/** The outbox drain's module namespace, as the loader sees it. */
export interface OutboxDrainChunk {
  /** Starts sending; undefined when there is nowhere to send (no valid `data-lead-endpoint`, or `data-persistence="none"`). */
  drainOutbox(attributes: Readonly<Record<string, string>>): OutboxDrain | undefined;
}
