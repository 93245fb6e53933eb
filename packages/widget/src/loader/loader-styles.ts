/**
 * The loader's CSS and how it reaches the shadow root. A constructable stylesheet
 * (`new CSSStyleSheet()` + `adoptedStyleSheets`) is not inline style, so it works under a
 * Content-Security-Policy of `style-src 'self'`; browsers without it get a `<style>` element.
 * Values from attributes are set as custom properties through the CSSOM (`style.setProperty`),
 * which CSP allows too. The chat's public custom properties (`--iop-chat-primary`,
 * `--iop-chat-on-primary`, `--iop-chat-spacing`, `--iop-chat-z-index`, `--iop-chat-font`) theme
 * this launcher as they theme `<iop-chat>`.
 */
// Concatenated literals, so the bundle carries one string.
export const LOADER_CSS =
  ':host{all:initial!important}' +
  '*{box-sizing:border-box}' +
  // Same place, size and look as <iop-chat>'s own launcher, so the swap is not noticed.
  '.w{position:fixed;z-index:var(--z,var(--iop-chat-z-index,2147483000));bottom:calc(var(--s) + env(safe-area-inset-bottom,0px));right:var(--s);display:flex;flex-direction:column;align-items:flex-end;gap:12px;font:medium/1.5 var(--iop-chat-font,system-ui,sans-serif);--s:var(--iop-chat-spacing,1em)}' +
  '.left{right:auto;left:var(--s);align-items:flex-start}' +
  'button{font:inherit;font-weight:600;margin:0;border:2px solid transparent;cursor:pointer;color:var(--iop-chat-on-primary,var(--fg,#fff));background:var(--bg,var(--iop-chat-primary,#1d5c7a))}' +
  '.l{display:flex;align-items:center;gap:.5em;min-height:3.5em;padding:.5em 1.25em;border-radius:999px;box-shadow:0 .25em 1em #0004}' +
  ':focus-visible{outline:3px solid #1f2328;outline-offset:2px;box-shadow:0 0 0 2px #fff}' +
  'svg{width:24px;height:24px;fill:currentColor}' +
  // While loading after a click the icon pulses, unless the visitor asked for reduced motion.
  '@media (prefers-reduced-motion:no-preference){[aria-busy=true] svg{animation:b .8s infinite alternate}}' +
  '@keyframes b{to{opacity:.3}}' +
  '.p{position:relative;width:min(22rem,calc(100vw - 32px));padding:16px;border:1px solid #0003;border-radius:12px;background:#fff;color:#1f2328;box-shadow:0 8px 30px #0005;font-size:15px}' +
  '.inline,.inline .p{position:static;width:auto;box-shadow:none}' +
  '[hidden]{display:none!important}' +
  'h2{margin:0 40px 0 0;font-size:17px}' +
  'p{margin:10px 0 0}' +
  'ul{margin:0;padding:0;list-style:none;display:flex;flex-wrap:wrap;column-gap:18px}' +
  'a{display:inline-flex;align-items:center;min-height:44px;color:#0a5a86;font-weight:600}' +
  '.x{position:absolute;top:6px;right:6px;width:44px;height:44px;border-radius:8px;background:none;color:#444;font-size:26px}' +
  '.r{margin-top:10px;min-height:44px;padding:0 18px;border-radius:8px}';

/** Styles a shadow root with `css`, via a constructable stylesheet when the browser has one. */
export function adoptStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}
