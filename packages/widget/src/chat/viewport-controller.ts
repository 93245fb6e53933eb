/**
 * Keeps the full-screen (phone) panel above the on-screen keyboard: mirrors the visual viewport's
 * height and offset into `--_viewport-height` / `--_viewport-top` on the host, which the styles
 * use instead of `100dvh`. Set through `style.setProperty` (allowed under a strict CSP, unlike
 * inline style attributes).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ViewportController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    (this.host = host).addController(this);
  }

  private readonly sync = (): void => {
    const viewport = window.visualViewport;
    if (!viewport) return;
    this.host.style.setProperty('--_viewport-height', `${Math.round(viewport.height)}px`);
    this.host.style.setProperty('--_viewport-top', `${Math.round(viewport.offsetTop)}px`);
  };

  hostConnected(): void {
    const viewport = typeof window === 'undefined' ? undefined : window.visualViewport;
    if (!viewport) return;
    viewport.addEventListener('resize', this.sync);
    viewport.addEventListener('scroll', this.sync);
    this.sync();
  }

  hostDisconnected(): void {
    const viewport = window.visualViewport;
    viewport?.removeEventListener('resize', this.sync);
    viewport?.removeEventListener('scroll', this.sync);
    this.host.style.removeProperty('--_viewport-height');
    this.host.style.removeProperty('--_viewport-top');
  }
}
