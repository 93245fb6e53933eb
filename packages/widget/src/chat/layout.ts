/**
 * When the floating panel takes the whole screen: phones, and short viewports (a laptop at 200%
 * zoom is 640 by 360 CSS pixels), where an anchored panel would leave too little room to read.
 * Shared by the styles and by the element (which makes the panel modal then).
 */
export const FULL_SCREEN_MEDIA = '(max-width: 480px), (max-height: 500px)';
