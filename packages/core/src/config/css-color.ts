/**
 * CSS colour checks. Configured colours are written into CSS custom properties, so only plain
 * colour values pass: hex, the colour functions (rgb(), hsl(), ...) with simple arguments, and
 * named colours. Anything that could break out of the declaration (`;`, braces, angle brackets,
 * nested functions such as url() or var()) is refused.
 */

/** The CSS named colours, plus transparent and currentcolor. */
const NAMED_COLORS = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet ' +
    'brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan ' +
    'darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta ' +
    'darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue ' +
    'darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey ' +
    'dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray ' +
    'green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush ' +
    'lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray ' +
    'lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray ' +
    'lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon ' +
    'mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue ' +
    'mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin ' +
    'navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen ' +
    'paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple ' +
    'rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna ' +
    'silver skyblue slateblue slategray slategrey snow springgreen steelblue tan teal thistle ' +
    'tomato turquoise violet wheat white whitesmoke yellow yellowgreen transparent currentcolor'
  ).split(' '),
);

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
/** One colour function, no nested parentheses, arguments of numbers, units, commas and slashes. */
const FUNCTIONAL = /^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([-+0-9.%\s,/a-z]{1,60}\)$/i;

/** The list of named colours (for documentation and tests). */
export const CSS_NAMED_COLORS: readonly string[] = [...NAMED_COLORS];

/** True when `value` is a plain CSS colour that is safe to put in a custom property. */
export function isCssColor(value: string): boolean {
  if (value.length === 0 || value.length > 80) return false;
  if (/[;{}<>"'\\]|\b(url|var|calc|expression|attr|env)\s*\(/i.test(value)) return false;
  return HEX.test(value) || FUNCTIONAL.test(value) || NAMED_COLORS.has(value.toLowerCase());
}
