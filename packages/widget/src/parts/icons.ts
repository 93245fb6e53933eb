/**
 * The few icons the chat uses, as inline SVG templates (no fonts, no network, no inline styles).
 * Always decorative: the buttons that hold them carry the words.
 */
import { svg, type SVGTemplateResult } from 'lit';

export const chatIcon: SVGTemplateResult = svg`<path fill="currentColor" d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z" />`;
export const minimizeIcon: SVGTemplateResult = svg`<path fill="currentColor" d="M5 11h14v2H5z" />`;
export const closeIcon: SVGTemplateResult = svg`<path fill="currentColor" d="m6.4 5 5.6 5.6L17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z" />`;
export const exitIcon: SVGTemplateResult = svg`<path fill="currentColor" d="M10 3h9a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2h-9v-2h9V5h-9zm-.6 4.4L11 6l6 6-6 6-1.6-1.4 3.6-3.6H3v-2h10z" />`;
export const lifebuoyIcon: SVGTemplateResult = svg`<path fill="currentColor" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm6.9 6h-3a4.9 4.9 0 0 0-1-1V4a8 8 0 0 1 4 4zM12 15a3 3 0 1 1 0-6 3 3 0 0 1 0 6zM10 4v3a4.9 4.9 0 0 0-1 1H6a8 8 0 0 1 4-4zm-6 6h3a5 5 0 0 0 0 4H4a8 8 0 0 1 0-4zm2 6h3a4.9 4.9 0 0 0 1 1v3a8 8 0 0 1-4-4zm8 4v-3a4.9 4.9 0 0 0 1-1h3a8 8 0 0 1-4 4zm3-6a5 5 0 0 0 0-4h3a8 8 0 0 1 0 4z" />`;
