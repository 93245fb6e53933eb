/**
 * Tracks a media query (`(prefers-reduced-motion: reduce)`, the narrow-screen breakpoint) and asks
 * the host to render when it flips. Listens only while the host is connected; reads nothing at
 * import time, so the module is safe to import in Node.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class MediaQueryController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly query: string;
  private list: MediaQueryList | undefined;
  /** Whether the query matches (false until the host connects, or where matchMedia is missing). */
  matches = false;

  constructor(host: ReactiveControllerHost, query: string) {
    (this.host = host).addController(this);
    this.query = query;
  }

  private readonly onChange = (event: MediaQueryListEvent): void => {
    this.matches = event.matches;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    if (typeof matchMedia !== 'function') return;
    this.list = matchMedia(this.query);
    this.matches = this.list.matches;
    this.list.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.list?.removeEventListener('change', this.onChange);
    this.list = undefined;
  }
}
