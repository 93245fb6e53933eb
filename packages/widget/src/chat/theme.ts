/**
 * Configured colours and stacking order become the public custom properties on the host
 * (`style.setProperty` is allowed under a strict CSP; inline style attributes are not). The text
 * colour on the brand colour is then picked for contrast, unless `--iop-chat-on-primary` is set.
 */
import { CONFIG_DEFAULTS, type ResolvedConfig } from '@iop-chat/core';

export function applyTheme(host: HTMLElement, config: ResolvedConfig): void {
  const set = (name: string, value: string | undefined): void => {
    if (value) host.style.setProperty(name, value);
  };
  set('--iop-chat-primary', config.ui.primaryColor);
  set('--iop-chat-accent', config.ui.accentColor);
  // The default stays in the stylesheet, so a page's own --iop-chat-z-index still applies.
  if (config.ui.zIndex !== CONFIG_DEFAULTS.zIndex) set('--iop-chat-z-index', String(config.ui.zIndex));
}

/** Relative luminance of an `rgb()`/`rgba()` string as getComputedStyle reports it; undefined otherwise. */
export function luminance(rgb: string): number | undefined {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(rgb);
  if (!match) return undefined;
  const channel = (value: string | undefined): number => {
    const c = Number(value) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(match[1]) + 0.7152 * channel(match[2]) + 0.0722 * channel(match[3]);
}

/** White or near-black, whichever contrasts more with a background of this luminance. */
export function onColorFor(background: number): string {
  const withWhite = 1.05 / (background + 0.05);
  const withDark = (background + 0.05) / 0.0516; // #1a1a1a has luminance ~0.0103
  return withWhite >= withDark ? '#ffffff' : '#1a1a1a';
}

/** Sets `--_on-primary-auto` from the colour `probe` actually renders with as its background. */
export function pickOnPrimary(host: HTMLElement, probe: Element | null): void {
  if (!probe) return;
  const l = luminance(getComputedStyle(probe).backgroundColor);
  if (l !== undefined) host.style.setProperty('--_on-primary-auto', onColorFor(l));
}
