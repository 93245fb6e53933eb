/**
 * Window-level listeners the chat needs while it is on the page: the browser coming back online
 * (waiting contact requests are sent at once), the page becoming visible again (waiting requests
 * that are due go out: timers in a hidden tab are held back) and the quick-exit key (Shift pressed three times
 * within a second, with no other key in between, so typing capitals never triggers it).
 * Attached on connect, removed on disconnect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface WindowEventsOptions {
  readonly onOnline: () => void;
  /** The document became visible (`visibilitychange`). */
  readonly onVisible: () => void;
  /** Called on the third quick Shift press; the host decides whether quick exit is enabled. */
  readonly onShiftTriple: () => void;
}

/** Presses of Shift that count as one gesture. */
export const SHIFT_PRESSES = 3;
/** ...all within this many milliseconds. */
export const SHIFT_WINDOW_MS = 1000;

export class WindowEventsController implements ReactiveController {
  private readonly options: WindowEventsOptions;
  private presses: number[] = [];

  constructor(host: ReactiveControllerHost, options: WindowEventsOptions) {
    host.addController(this);
    this.options = options;
  }

  private readonly onOnline = (): void => {
    this.options.onOnline();
  };

  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'visible') this.options.onVisible();
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift') {
      this.presses = [];
      return;
    }
    if (event.repeat) return;
    const now = event.timeStamp || performance.now();
    this.presses = [...this.presses.filter((t) => now - t <= SHIFT_WINDOW_MS), now];
    if (this.presses.length >= SHIFT_PRESSES) {
      this.presses = [];
      this.options.onShiftTriple();
    }
  };

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    window.addEventListener('keydown', this.onKeyDown, true);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    window.removeEventListener('keydown', this.onKeyDown, true);
    this.presses = [];
  }
}
