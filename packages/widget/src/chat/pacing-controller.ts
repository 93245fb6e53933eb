/**
 * Natural pacing for the assistant's replies: new bot items stay hidden behind a short "typing"
 * indicator (a few hundred milliseconds) and then appear together. The visitor's own messages show
 * at once. There is no pacing for a crisis (it shows at once, whatever else is waiting), under
 * prefers-reduced-motion, or for a conversation restored after a reload.
 *
 * The transcript only grows, except when the chat ends (it starts again from the greeting), so
 * what is visible is a prefix of it: `visible` items.
 */
import type { TranscriptItem } from '@iop-chat/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Delay before the pending replies appear: longer for more of them, within 300-700 ms. */
export function typingDelay(pending: number): number {
  return Math.min(700, Math.max(300, 350 + 150 * pending));
}

const isVisitorItem = (item: TranscriptItem): boolean => item.type === 'visitor-text' || item.type === 'visitor-choice';
const isUrgent = (item: TranscriptItem): boolean => item.type === 'crisis' || item.type === 'crisis-ack';

export class PacingController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private known = 0;
  private firstId: number | undefined;
  /** How many transcript items are shown. */
  visible = 0;

  constructor(host: ReactiveControllerHost) {
    (this.host = host).addController(this);
  }

  /** True while replies are waiting behind the typing indicator. */
  get typing(): boolean {
    return this.timer !== undefined;
  }

  /**
   * Called before each render with the current transcript. `paced: false` shows everything at
   * once. Never requests an update itself (it runs during one); the timer does, later.
   */
  sync(items: readonly TranscriptItem[], paced: boolean): void {
    const restarted = items[0]?.id !== this.firstId || items.length < this.known;
    if (this.firstId === undefined || restarted) {
      this.firstId = items[0]?.id;
      this.showAll(items.length);
      return;
    }
    if (items.length === this.known) return;
    const added = items.slice(this.known);
    this.known = items.length;
    if (!paced || added.some(isUrgent)) {
      this.showAll(items.length);
      return;
    }
    // The visitor's own words show at once (and with them anything still waiting before them).
    let lastVisitor = -1;
    items.forEach((item, i) => {
      if (isVisitorItem(item)) lastVisitor = i;
    });
    this.visible = Math.max(this.visible, lastVisitor + 1);
    if (this.visible >= items.length) {
      this.cancel();
      return;
    }
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.visible = this.known;
      this.host.requestUpdate();
    }, typingDelay(items.length - this.visible));
  }

  /** Shows everything now (the chat ended, was restored, or pacing is off). */
  private showAll(length: number): void {
    this.cancel();
    this.known = length;
    this.visible = length;
  }

  private cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  hostConnected(): void {
    // Nothing to attach: sync() is driven by the host's render cycle.
  }

  hostDisconnected(): void {
    // Nothing may wait on a detached element; what was pending shows on reconnect.
    if (this.timer !== undefined) {
      this.cancel();
      this.visible = this.known;
    }
  }
}
